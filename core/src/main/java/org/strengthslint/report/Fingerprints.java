package org.strengthslint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.strengthslint.CheckResult;
import org.strengthslint.Finding;

/**
 * Identifies a finding by what it is rather than where it is: the rule, the file, the matched
 * text and its sentence (normalised), and which occurrence of that it is. Lines moving or edits
 * elsewhere in the file leave it unchanged, so a baseline keeps recognising old findings.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The fingerprints of a file's findings, in the same order. */
    public static List<String> of(CheckResult result) {
        List<String> fingerprints = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String path = normalisePath(result.path());
        for (Finding finding : result.findings()) {
            String key = finding.rule() + '\u0000' + path + '\u0000' + normaliseText(finding.text()) + '\u0000'
                    + normaliseText(finding.sentence());
            int occurrence = seen.merge(key, 1, Integer::sum);
            fingerprints.add(sha256(key + '\u0000' + occurrence));
        }
        return fingerprints;
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
        return NOT_LETTERS_OR_DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
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
