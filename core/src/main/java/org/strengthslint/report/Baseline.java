package org.strengthslint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.RepositoryFiles;

/**
 * The findings a repository already had when it started using the CI gate. A check with a
 * baseline reports only findings that are not in it, recognised by {@link Fingerprints} (not by
 * line), and counts the baseline entries that no longer match anything so it can be refreshed.
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Version 2: fingerprints of the words either side (version 1 took the whole sentence). */
    private static final int FORMAT = BaselineReader.FORMAT;

    /** Entries by normalised path. */
    private final Map<String, List<Fingerprints.Print>> entries;

    private Baseline(Map<String, List<Fingerprints.Print>> entries) {
        this.entries = entries;
    }

    /** What applying a baseline left: the new findings, and how many were known or are gone. */
    public record Applied(List<CheckResult> results, int matched, int stale) {}

    /**
     * Reads a baseline file named by the person running the tool: a regular file of at most
     * {@link RepositoryFiles#BASELINE_LIMIT}, UTF-8 (a byte-order mark is fine), in the format
     * {@link #write} writes, every part of which is checked.
     *
     * @throws InvalidDataException naming the file, the line when known, and the problem
     */
    public static Baseline read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidDataException(
                    file.toString(), 0, "baseline file not found (create it with --write-baseline)");
        }
        String text = RepositoryFiles.readNamed(file, RepositoryFiles.Kind.BASELINE);
        return new Baseline(BaselineReader.read(text, file.toString()));
    }

    /** Writes every current finding (of readable files) as the new baseline. */
    public static void write(Path file, List<CheckResult> results) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "strengths-lint");
        root.put("version", FORMAT);
        ArrayNode findings = root.putArray("findings");
        for (CheckResult result : results) {
            List<Fingerprints.Print> prints = Fingerprints.prints(result);
            String path = Fingerprints.normalisePath(result.path());
            for (int i = 0; i < prints.size(); i++) {
                Finding f = result.findings().get(i);
                findings.addObject()
                        .put("fingerprint", prints.get(i).whole())
                        .put("before", prints.get(i).before())
                        .put("after", prints.get(i).after())
                        .put("rule", f.rule())
                        .put("path", path)
                        .put("line", f.line())
                        .put("text", f.text());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Leaves out the findings the baseline knows. A finding is known when an entry of its file
     * has its whole print; failing that, when an unclaimed entry has its before or its after
     * print (the words on one side of it changed). Each entry accounts for one finding at most,
     * and the entries left unclaimed are stale.
     */
    public Applied apply(List<CheckResult> results) {
        List<CheckResult> kept = new ArrayList<>();
        int matched = 0;
        int stale = 0;
        for (CheckResult result : results) {
            String path = Fingerprints.normalisePath(result.path());
            if (!result.readable()) {
                kept.add(result);
                continue;
            }
            Unclaimed unclaimed = new Unclaimed(entries.getOrDefault(path, List.of()));
            List<Fingerprints.Print> prints = Fingerprints.prints(result);
            boolean[] known = new boolean[prints.size()];
            for (int i = 0; i < prints.size(); i++) {
                known[i] = unclaimed.claim(unclaimed.byWhole, prints.get(i).whole());
            }
            for (int i = 0; i < prints.size(); i++) {
                known[i] = known[i]
                        || unclaimed.claim(unclaimed.byBefore, prints.get(i).before())
                        || unclaimed.claim(unclaimed.byAfter, prints.get(i).after());
            }
            List<Finding> fresh = new ArrayList<>();
            for (int i = 0; i < prints.size(); i++) {
                if (known[i]) {
                    matched++;
                } else {
                    fresh.add(result.findings().get(i));
                }
            }
            stale += unclaimed.left;
            kept.add(result.withFindings(fresh));
        }
        return new Applied(kept, matched, stale);
    }

    /** One file's entries not yet matched to a finding, found by any of their three prints. */
    private static final class Unclaimed {
        final Map<String, ArrayDeque<Integer>> byWhole = new HashMap<>();
        final Map<String, ArrayDeque<Integer>> byBefore = new HashMap<>();
        final Map<String, ArrayDeque<Integer>> byAfter = new HashMap<>();
        private final boolean[] claimed;
        int left;

        Unclaimed(List<Fingerprints.Print> entries) {
            claimed = new boolean[entries.size()];
            left = entries.size();
            for (int i = 0; i < entries.size(); i++) {
                index(byWhole, entries.get(i).whole(), i);
                index(byBefore, entries.get(i).before(), i);
                index(byAfter, entries.get(i).after(), i);
            }
        }

        private static void index(Map<String, ArrayDeque<Integer>> index, String print, int entry) {
            if (print != null) {
                index.computeIfAbsent(print, k -> new ArrayDeque<>()).add(entry);
            }
        }

        /** Claims the first unclaimed entry with this print, if any. */
        boolean claim(Map<String, ArrayDeque<Integer>> index, String print) {
            ArrayDeque<Integer> candidates = print == null ? null : index.get(print);
            while (candidates != null && !candidates.isEmpty()) {
                int entry = candidates.poll();
                if (!claimed[entry]) {
                    claimed[entry] = true;
                    left--;
                    return true;
                }
            }
            return false;
        }
    }
}
