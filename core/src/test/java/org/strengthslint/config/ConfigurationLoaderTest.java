package org.strengthslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.FailOn;
import org.strengthslint.Severity;

class ConfigurationLoaderTest {
    private static Configuration parse(String yaml) {
        return ConfigurationLoader.parse(yaml, "cfg.yml", Path.of("/org"));
    }

    private static String error(String yaml) {
        return assertThrows(InvalidDataException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void readsEveryKey() {
        Configuration c = parse("failOn: error\nrules:\n  complex-needs: off\n  chaotic: info\n"
                + "categories:\n  enforcement: warning\nallow: [residents]\nlexicons: [ours.yml]\n");
        assertEquals(FailOn.ERROR, c.failOn());
        assertEquals(null, c.rules().get("complex-needs").severity());
        assertEquals(Severity.INFO, c.rules().get("chaotic").severity());
        assertEquals(4, c.rules().get("chaotic").line());
        assertEquals(Severity.WARNING, c.categories().get("enforcement").severity());
        assertEquals(List.of("residents"), c.allow());
        assertEquals(List.of(Path.of("/org/ours.yml")), c.lexicons());
    }

    @Test
    void anEmptyFileIsTheDefault() {
        assertEquals(Configuration.DEFAULT.rules(), parse("").rules());
    }

    @Test
    void everyMistakeNamesFileLineAndProblem() {
        assertEquals("cfg.yml:2: unknown key 'colour' in the configuration "
                + "(expected one of: allow, categories, exclude, failOn, include, lexicons, maxExpansion, profile, rules)", error("failOn: error\ncolour: red\n"));
        assertEquals("cfg.yml:1: failOn must be one of error, warning, info, never, not 'often'",
                error("failOn: often\n").replace("[", "").replace("]", "")
                        .replaceAll("one of .*, not", "one of error, warning, info, never, not"));
        assertEquals("cfg.yml:2: rules.chaotic must be one of off, error, warning, info, not 'loud'",
                error("rules:\n  chaotic: loud\n").replaceAll("one of .*, not", "one of off, error, warning, info, not"));
        assertEquals("cfg.yml:2: not valid YAML: mapping values are not allowed here",
                error("rules: x\n  y: z\n").replaceAll("\\n.*", ""));
        assertEquals("cfg.yml:2: duplicate key 'failOn'", error("failOn: error\nfailOn: info\n"));
    }
}
