package org.strengthslint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/**
 * The findings a repository already had when it started using the CI gate. A check with a
 * baseline reports only findings that are not in it, recognised by {@link Fingerprints} (not by
 * line), and counts the baseline entries that no longer match anything so it can be refreshed.
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int FORMAT = 1;

    /** Fingerprints by normalised path. */
    private final Map<String, Set<String>> fingerprints;

    private Baseline(Map<String, Set<String>> fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** What applying a baseline left: the new findings, and how many were known or are gone. */
    public record Applied(List<CheckResult> results, int matched, int stale) {
    }

    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file.toString(), 0, "baseline file not found (create it with --write-baseline)");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidDataException(file.toString(), line, "not a valid baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 0, "cannot read the baseline: " + e.getMessage());
        }
        if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != FORMAT) {
            throw new InvalidDataException(file.toString(), 0,
                    "not a strengths-lint baseline (version " + FORMAT + " with a findings list)");
        }
        Map<String, Set<String>> fingerprints = new HashMap<>();
        for (JsonNode finding : root.get("findings")) {
            String path = finding.path("path").asText(null);
            String fingerprint = finding.path("fingerprint").asText(null);
            if (path == null || fingerprint == null) {
                throw new InvalidDataException(file.toString(), 0, "every baseline entry needs a path and a fingerprint");
            }
            fingerprints.computeIfAbsent(path, p -> new HashSet<>()).add(fingerprint);
        }
        return new Baseline(fingerprints);
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
