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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengthslint.CheckResult;
import org.strengthslint.Finding;
import org.strengthslint.config.InvalidDataException;
import org.strengthslint.config.RepositoryFiles;

/**
 * The findings a repository already had when it started using the CI gate. A check with a
 * baseline reports only findings that are not in it, recognised by {@link Fingerprints} (not by
 * line), and counts the baseline entries that no longer match anything so it can be refreshed.
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int FORMAT = BaselineReader.FORMAT;

    /** Fingerprints by normalised path. */
    private final Map<String, Set<String>> fingerprints;

    private Baseline(Map<String, Set<String>> fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** What applying a baseline left: the new findings, and how many were known or are gone. */
    public record Applied(List<CheckResult> results, int matched, int stale) {
    }

    /**
     * Reads a baseline file named by the person running the tool: a regular file of at most
     * {@link RepositoryFiles#BASELINE_LIMIT}, UTF-8 (a byte-order mark is fine), in the format
     * {@link #write} writes, every part of which is checked.
     *
     * @throws InvalidDataException naming the file, the line when known, and the problem
     */
    public static Baseline read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidDataException(file.toString(), 0, "baseline file not found (create it with --write-baseline)");
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
            List<String> prints = Fingerprints.of(result);
            String path = Fingerprints.normalisePath(result.path());
            for (int i = 0; i < prints.size(); i++) {
                Finding f = result.findings().get(i);
                findings.addObject().put("fingerprint", prints.get(i)).put("rule", f.rule()).put("path", path)
                        .put("line", f.line()).put("text", f.text());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    public Applied apply(List<CheckResult> results) {
        List<CheckResult> kept = new ArrayList<>();
        int matched = 0;
        int stale = 0;
        for (CheckResult result : results) {
            String path = Fingerprints.normalisePath(result.path());
            Set<String> known = fingerprints.getOrDefault(path, Set.of());
            if (!result.readable()) {
                kept.add(result);
                continue;
            }
            List<String> prints = Fingerprints.of(result);
            List<Finding> fresh = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < prints.size(); i++) {
                if (known.contains(prints.get(i))) {
                    matched++;
                    seen.add(prints.get(i));
                } else {
                    fresh.add(result.findings().get(i));
                }
            }
            stale += known.size() - seen.size();
            kept.add(result.withFindings(fresh));
        }
        return new Applied(kept, matched, stale);
    }
}
