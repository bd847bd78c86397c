package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Action's script (action/run.sh) run here as the runner would run it, with the jar
 * this build made: annotations, SARIF, the job summary, the exit code and its output.
 */
class ActionScriptIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LETTER = ROOT.resolve("examples/hostel-warning-letter.md");

    record Run(int exitCode, String out, String err) {}

    private static Run action(Path dir, Map<String, String> inputs) throws Exception {
        Map<String, String> withJar = new HashMap<>(inputs);
        withJar.putIfAbsent(
                "STRENGTHS_LINT",
                Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                        + Path.of("target/strengths-lint.jar").toAbsolutePath());
        return actionAsIs(dir, withJar);
    }

    /** The script with exactly these variables: without STRENGTHS_LINT it runs the repository's launcher, as the action does. */
    private static Run actionAsIs(Path dir, Map<String, String> inputs) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "bash");
        ProcessBuilder builder =
                new ProcessBuilder("bash", ROOT.resolve("action/run.sh").toString()).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.remove("STRENGTHS_LINT");
        env.put("GITHUB_OUTPUT", dir.resolve("output.txt").toString());
        env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
        env.putAll(inputs);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void findingsBecomeAnnotationsSarifAndASummaryAndFailTheJob(@TempDir Path dir) throws Exception {
        Run run = action(dir, Map.of("INPUT_PATHS", LETTER.toString()));
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(
                !lines.isEmpty()
                        && lines.stream()
                                .allMatch(l -> l.startsWith("::error file=" + LETTER + ",line=")
                                        || l.startsWith("::notice file=" + LETTER + ",line=")),
                run.out());
        JsonNode sarif =
                new ObjectMapper().readTree(dir.resolve("strengths-lint.sarif").toFile());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertEquals(lines.size(), results.size(), "one SARIF result per annotation");
        assertEquals("exit-code=1\n", Files.readString(dir.resolve("output.txt")));
        String summary = Files.readString(dir.resolve("summary.md"));
        assertTrue(summary.startsWith("### strengths-lint\n\n```\n") && summary.contains("1 file checked"), summary);
    }

    /** The path the action takes: the repository's own launcher, which uses the jar this build made. */
    @Test
    void withoutACommandTheScriptRunsTheRepositorysLauncher(@TempDir Path dir) throws Exception {
        Run run =
                actionAsIs(dir, Map.of("INPUT_PATHS", LETTER.toString(), "JAVA_HOME", System.getProperty("java.home")));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("::error file=" + LETTER + ",line="), run.out());
        assertTrue(run.err().isEmpty() || !run.err().contains("building"), "the jar was not built again: " + run.err());
    }

    @Test
    void belowTheFailLevelTheJobPassesWithWarnings(@TempDir Path dir) throws Exception {
        Map<String, String> inputs = new HashMap<>();
        inputs.put("INPUT_PATHS", LETTER.toString());
        inputs.put("INPUT_FAIL_ON", "never");
        inputs.put("INPUT_SARIF_FILE", "reports/lint.sarif");
        inputs.put("INPUT_PROFILE", "strict");
        Run run = action(dir, inputs);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("::warning file=" + LETTER + ",line="), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("reports/lint.sarif")));
        assertEquals("exit-code=0\n", Files.readString(dir.resolve("output.txt")));
    }

    @Test
    void badInputIsExitCodeTwoWithItsReason(@TempDir Path dir) throws Exception {
        Run run = action(dir, Map.of("INPUT_PATHS", LETTER.toString(), "INPUT_FAIL_ON", "sometimes"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("strengths-lint: Invalid value for option '--fail-on'"), run.err());
    }

    /** Every input of action.yml reaches the script, under the name the script reads. */
    @Test
    @SuppressWarnings("unchecked")
    void theActionPassesEveryInputToTheScript() throws Exception {
        Map<String, Object> action = new Yaml().load(Files.readString(ROOT.resolve("action.yml")));
        Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
        Map<String, Object> check = steps.stream()
                .filter(s -> "check".equals(s.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals("\"$GITHUB_ACTION_PATH/action/run.sh\"", check.get("run"));
        Map<String, Object> env = (Map<String, Object>) check.get("env");
        String script = Files.readString(ROOT.resolve("action/run.sh"));
        for (String input : inputs.keySet()) {
            if (input.equals("upload-sarif")) {
                continue; // used by the upload step itself
            }
            String variable =
                    "INPUT_" + input.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            assertEquals("${{ inputs." + input + " }}", env.get(variable), variable);
            assertTrue(script.contains(variable), "run.sh reads " + variable);
        }
    }
}
