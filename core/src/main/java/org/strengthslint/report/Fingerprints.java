package org.strengthslint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;

/**
 * Identifies a finding by what it is rather than where it is: the rule, the file, the matched
 * text, the few words either side of it in its sentence (normalised), and which occurrence of
 * that it is. Lines moving or edits elsewhere in the file leave it unchanged, so a baseline keeps
 * recognising old findings.
 *
 * <p>Each finding has three prints: the whole one, and one with only the words before and one
 * with only the words after. A baseline matches whole prints first and then either half, so
 * rewording a term next to another finding (which changes the words on one side of it) never
 * brings that other finding back as new.
 */
final class Fingerprints {
    /** Words either side of the matched text that belong to its identity. */
    static final int WORDS_EITHER_SIDE = 3;

    private Fingerprints() {}

    /**
     * The three prints of one finding; {@code before} or {@code after} is null when the finding has
     * no words on that side in its sentence.
     */
    public record Print(String whole, String before, String after) {}

    /** The fingerprints of a file's findings, in the same order. */
    public static List<String> of(CheckResult result) {
        return prints(result).stream().map(Print::whole).toList();
    }

    /** The prints of a file's findings, in the same order. */
    public static List<Print> prints(CheckResult result) {
        List<Print> prints = new ArrayList<>();
        Map<String, Integer> inSentence = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        String path = normalisePath(result.path());
        for (Finding finding : result.findings()) {
            String text = normaliseText(finding.text());
            String sentence = normaliseText(finding.sentence());
            int nth = inSentence.merge(text + '\u0000' + sentence, 1, Integer::sum);
            String[] around = around(sentence, text, nth);
            String identity = finding.rule() + '\u0000' + path + '\u0000' + text;
            String whole = identity + "\u0000<" + around[0] + "\u0000>" + around[1];
            String before = identity + "\u0000<" + around[0];
            String after = identity + "\u0000>" + around[1];
            // A side with no words (the finding starts or ends its sentence) has no half print: an
            // empty side would match any finding of the rule in that place in a new sentence.
            prints.add(new Print(
                    numbered(whole, seen),
                    around[0].isEmpty() ? null : numbered(before, seen),
                    around[1].isEmpty() ? null : numbered(after, seen)));
        }
        return prints;
    }

    private static String numbered(String key, Map<String, Integer> seen) {
        return sha256(key + '\u0000' + seen.merge(key, 1, Integer::sum));
    }

    /** The words before and after the nth occurrence of {@code text} in {@code sentence}. */
    private static String[] around(String sentence, String text, int nth) {
        String padded = " " + sentence + " ";
        String needle = " " + text + " ";
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = padded.indexOf(needle, at + 1);
            if (at < 0) {
                return new String[] {"", ""}; // the sentence was cut; the text alone identifies it
            }
        }
        String[] before = padded.substring(0, at).strip().split(" ");
        String[] after = padded.substring(at + needle.length()).strip().split(" ");
        return new String[] {
            String.join(" ", Arrays.copyOfRange(before, Math.max(0, before.length - WORDS_EITHER_SIDE), before.length)),
            String.join(" ", Arrays.copyOfRange(after, 0, Math.min(after.length, WORDS_EITHER_SIDE)))
        };
    }

    /** A path as the same file is named however it was given: relative, with forward slashes. */
    public static String normalisePath(String path) {
        if (path.startsWith("<")) {
            return path;
        }
        Path p = Path.of(path);
        Path here = Path.of("").toAbsolutePath();
        if (p.isAbsolute() && p.startsWith(here)) {
            p = here.relativize(p);
        }
        return p.normalize().toString().replace('\\', '/');
    }

    /** Compiled once: every finding of a run is fingerprinted. */
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String normaliseText(String text) {
        return NOT_LETTERS_OR_DIGITS
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
