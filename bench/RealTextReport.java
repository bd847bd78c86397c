import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;

/**
 * The real-text measures line by line, for whoever changes the engine or the lexicon: run with the
 * shaded jar on the class path (bench/realtext.sh does). It prints the development set's lines
 * and only the check set's totals, per set and per rule, as RealTextTest does, so that nobody
 * tunes on the check set.
 *
 * <pre>
 *   save FILE                 every line's findings, for a later compare
 *   summary                   both sets' totals (the numbers RealTextTest prints)
 *   misses [REGEX]            the development set's missed marks
 *   false [REGEX]             its findings outside every mark
 *   batch X [X ...]           the totals of single batches (a new batch measured alone)
 *   rules                     the development set's findings per rule: marked, false, mentions
 *   compare OLD.tsv NEW.tsv   both sets' totals, the check set's per-rule totals that changed,
 *                             and every development line whose findings changed
 *   overlap FOLDER            a new batch's lines (FOLDER/sentences.tsv, sources.tsv) that share
 *                             a run of eight words with a committed line, and its sources whose
 *                             title is a committed source's: line numbers and sources only
 * </pre>
 */
public final class RealTextReport {
    private static final Path DIR = Path.of("lexicon/src/test/resources/realtext");
    private static final Path TEST =
            Path.of("lexicon/src/test/java/org/strengthslint/lexicon/RealTextTest.java");

    record Mark(int start, int end, char kind) {} // '!' mention, '?' may, 'm' must

    record Hit(int offset, int length, String rule, String severity, boolean mention) {
        boolean overlaps(Mark m) {
            return offset < m.end() && m.start() < offset + length;
        }

        String key() {
            return offset + "," + length + "," + rule + "," + severity + "," + mention;
        }
    }

    record Line(String batch, int number, String marked, String text, List<Mark> marks, List<Hit> hits) {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: save FILE | summary | misses [REGEX] | false [REGEX]"
                    + " | batch X... | compare OLD NEW");
        }
        List<String> development = batches("DEVELOPMENT");
        List<String> check = batches("CHECK");
        switch (args[0]) {
            case "save" -> save(Path.of(args[1]), run(all(development, check)));
            case "summary" -> {
                List<Line> lines = run(all(development, check));
                System.out.println("development " + totals(only(lines, development)));
                System.out.println("check       " + totals(only(lines, check)));
            }
            case "misses", "false" -> {
                Pattern filter = Pattern.compile(args.length > 1 ? args[1] : "", Pattern.CASE_INSENSITIVE);
                for (Line line : run(development)) {
                    for (String item : args[0].equals("misses") ? misses(line) : falses(line)) {
                        if (filter.matcher(item).find()) {
                            System.out.println(item);
                        }
                    }
                }
            }
            case "batch" -> {
                for (int i = 1; i < args.length; i++) {
                    String where = development.contains(args[i]) ? "development" : check.contains(args[i]) ? "check" : "new";
                    System.out.println(args[i] + " (" + where + ") " + totals(run(List.of(args[i]))));
                }
            }
            case "rules" -> {
                Map<String, int[]> counts = perRule(run(development));
                counts.entrySet().stream()
                        .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                        .forEach(e -> System.out.printf(Locale.ROOT, "%-28s marked %4d  false %3d  mentions above info %d%n",
                                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
            }
            case "compare" -> compare(load(Path.of(args[1])), load(Path.of(args[2])), development, check);
            case "overlap" -> overlap(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** The batch letters of one of RealTextTest's arrays, read from its source. */
    private static List<String> batches(String array) throws IOException {
        String source = Files.readString(TEST);
        Matcher m = Pattern.compile(array + " = \\{([^}]*)\\}").matcher(source);
        if (!m.find()) {
            throw new IllegalStateException(TEST + " has no array " + array);
        }
        List<String> found = new ArrayList<>();
        Matcher letters = Pattern.compile("\"([A-Z]+)\"").matcher(m.group(1));
        while (letters.find()) {
            found.add(letters.group(1));
        }
        return found;
    }

    private static List<String> all(List<String> a, List<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    private static List<Line> only(List<Line> lines, List<String> batches) {
        return lines.stream().filter(l -> batches.contains(l.batch())).toList();
    }

    private static List<Line> run(List<String> batches) throws IOException {
        Linter linter = Linter.builder().build();
        List<Line> lines = new ArrayList<>();
        for (String batch : batches) {
            List<String> raw = Files.readAllLines(DIR.resolve("sentences-" + batch + ".tsv"), StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isBlank()) {
                    continue;
                }
                Line line = parse(batch, i + 1, raw.get(i).split("\t", 2)[1], new ArrayList<>());
                for (Finding f : linter.check(line.text(), batch + ".txt").findings()) {
                    line.hits().add(new Hit(f.offset(), f.length(), f.rule(), f.severity().label(), f.mention()));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static Line parse(String batch, int number, String marked, List<Hit> hits) {
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        int open = -1;
        char kind = 'm';
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\u27E6') {
                open = text.length();
                kind = 'm';
                if (i + 1 < marked.length() && (marked.charAt(i + 1) == '?' || marked.charAt(i + 1) == '!')) {
                    kind = marked.charAt(++i);
                }
            } else if (c == '\u27E7') {
                marks.add(new Mark(open, text.length(), kind));
            } else {
                text.append(c);
            }
        }
        return new Line(batch, number, marked, text.toString(), marks, hits);
    }

    private static void save(Path file, List<Line> lines) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            List<String> keys = line.hits().stream().map(Hit::key).toList();
            out.append(line.batch()).append('\t').append(line.number()).append('\t').append(line.marked())
                    .append('\t').append(String.join("|", keys)).append('\n');
        }
        Files.writeString(file, out);
    }

    private static List<Line> load(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", -1);
            List<Hit> hits = new ArrayList<>();
            if (f.length > 3 && !f[3].isEmpty()) {
                for (String h : f[3].split("\\|")) {
                    String[] p = h.split(",");
                    hits.add(new Hit(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2], p[3], Boolean.parseBoolean(p[4])));
                }
            }
            lines.add(parse(f[0], Integer.parseInt(f[1]), f[2], hits));
        }
        return lines;
    }

    private static String totals(List<Line> lines) {
        int must = 0, found = 0, flagged = 0, wrong = 0, mentions = 0;
        for (Line line : lines) {
            for (Mark m : line.marks()) {
                if (m.kind() == 'm') {
                    must++;
                    if (line.hits().stream().anyMatch(h -> h.overlaps(m) && !h.mention())) {
                        found++;
                    }
                }
            }
            for (Hit h : line.hits()) {
                flagged++;
                String verdict = verdict(line, h);
                wrong += verdict.equals("false") ? 1 : 0;
                mentions += verdict.equals("mention above info") ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%d lines: recall %.3f (%d/%d)  precision %.3f (%d/%d)  mentions above info %d",
                lines.size(), must == 0 ? 1.0 : (double) found / must, found, must,
                flagged == 0 ? 1.0 : (double) (flagged - wrong) / flagged, flagged - wrong, flagged, mentions);
    }

    private static String verdict(Line line, Hit h) {
        List<Mark> covering = line.marks().stream().filter(h::overlaps).toList();
        if (covering.isEmpty()) {
            return "false";
        }
        if (covering.stream().allMatch(m -> m.kind() == '!') && !h.severity().equals(Severity.INFO.label())) {
            return "mention above info";
        }
        return "marked";
    }

    private static List<String> misses(Line line) {
        List<String> out = new ArrayList<>();
        for (Mark m : line.marks()) {
            if (m.kind() == 'm' && line.hits().stream().noneMatch(h -> h.overlaps(m) && !h.mention())) {
                out.add(line.batch() + line.number() + " | " + line.text().substring(m.start(), m.end()) + " | " + line.marked());
            }
        }
        return out;
    }

    private static List<String> falses(Line line) {
        List<String> out = new ArrayList<>();
        for (Hit h : line.hits()) {
            String verdict = verdict(line, h);
            if (!verdict.equals("marked")) {
                out.add(line.batch() + line.number() + " | " + verdict + " | " + h.rule() + " " + h.severity() + " | "
                        + line.text().substring(h.offset(), h.offset() + h.length()) + " | " + line.marked());
            }
        }
        return out;
    }

    private static void compare(List<Line> before, List<Line> after, List<String> development, List<String> check) {
        System.out.println("development before " + totals(only(before, development)));
        System.out.println("development after  " + totals(only(after, development)));
        System.out.println("check before       " + totals(only(before, check)));
        System.out.println("check after        " + totals(only(after, check)));
        Map<String, int[]> rulesBefore = perRule(only(before, check));
        Map<String, int[]> rulesAfter = perRule(only(after, check));
        Set<String> rules = new java.util.TreeSet<>(rulesBefore.keySet());
        rules.addAll(rulesAfter.keySet());
        for (String rule : rules) {
            int[] b = rulesBefore.getOrDefault(rule, new int[3]);
            int[] a = rulesAfter.getOrDefault(rule, new int[3]);
            if (!java.util.Arrays.equals(a, b)) {
                System.out.printf(Locale.ROOT, "  check %s: marked %d -> %d, false %d -> %d, mentions above info %d -> %d%n",
                        rule, b[0], a[0], b[1], a[1], b[2], a[2]);
            }
        }
        Map<String, Line> old = new TreeMap<>();
        before.forEach(l -> old.put(l.batch() + ":" + l.number(), l));
        for (Line line : only(after, development)) {
            Line was = old.get(line.batch() + ":" + line.number());
            if (was == null || !was.marked().equals(line.marked())) {
                continue;
            }
            Set<String> gone = new LinkedHashSet<>(describe(was));
            Set<String> added = new LinkedHashSet<>(describe(line));
            Set<String> common = new LinkedHashSet<>(gone);
            common.retainAll(added);
            gone.removeAll(common);
            added.removeAll(common);
            if (!gone.isEmpty() || !added.isEmpty()) {
                System.out.println(line.batch() + line.number() + "  - " + gone + "  + " + added);
                System.out.println("      " + line.marked());
            }
        }
    }

    private static List<String> describe(Line line) {
        return line.hits().stream()
                .map(h -> line.text().substring(h.offset(), h.offset() + h.length()) + " [" + h.rule() + ", "
                        + h.severity() + (h.mention() ? ", mention" : "") + ", " + verdict(line, h) + "]")
                .toList();
    }

    private static Map<String, int[]> perRule(List<Line> lines) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Line line : lines) {
            for (Hit h : line.hits()) {
                String verdict = verdict(line, h);
                int[] c = counts.computeIfAbsent(h.rule(), r -> new int[3]);
                c[verdict.equals("marked") ? 0 : verdict.equals("false") ? 1 : 2]++;
            }
        }
        return counts;
    }

    /** Runs of this many words shared with a committed line make a line a probable repeat. */
    private static final int RUN = 8;

    private static void overlap(Path folder) throws IOException {
        Map<String, Set<String>> runs = new java.util.HashMap<>();
        Map<String, String> titles = new java.util.HashMap<>();
        try (var files = Files.list(DIR)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < rows.size(); i++) {
                    String[] f = rows.get(i).split("\t");
                    if (name.startsWith("sentences-") && f.length == 2) {
                        String where = f[0] + " (" + name + ":" + (i + 1) + ")";
                        for (String run : runs(parse("", 0, f[1], List.of()).text())) {
                            runs.computeIfAbsent(run, r -> new LinkedHashSet<>()).add(where);
                        }
                    } else if (name.startsWith("sources-") && f.length > 3) {
                        titles.putIfAbsent(String.join(" ", words(f[3])), f[0]);
                    }
                }
            }
        }
        List<String> staged = Files.readAllLines(folder.resolve("sentences.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < staged.size(); i++) {
            String[] f = staged.get(i).split("\t");
            if (f.length != 2) {
                continue;
            }
            Set<String> shared = new java.util.TreeSet<>();
            for (String run : runs(parse("", 0, f[1], List.of()).text())) {
                shared.addAll(runs.getOrDefault(run, Set.of()));
            }
            if (!shared.isEmpty()) {
                System.out.println("line " + (i + 1) + " (" + f[0] + ") shares words with " + shared);
            }
        }
        for (String row : Files.readAllLines(folder.resolve("sources.tsv"), StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            String same = f.length > 3 ? titles.get(String.join(" ", words(f[3]))) : null;
            if (same != null) {
                System.out.println("source " + f[0] + " has the title of " + same);
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static Set<String> runs(String text) {
        List<String> words = words(text);
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
