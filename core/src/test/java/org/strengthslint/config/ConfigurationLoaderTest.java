package org.strengthslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Severity;
import org.strengthslint.data.InvalidDataException;

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
        assertEquals(
                "cfg.yml:2: unknown key 'colour' in the configuration "
                        + "(expected one of: allow, categories, exclude, failOn, include, lexicons, maxExpansion, profile, rules)",
                error("failOn: error\ncolour: red\n"));
        assertEquals(
                "cfg.yml:1: failOn must be one of error, warning, info, never, not 'often'", error("failOn: often\n"));
        assertEquals(
                "cfg.yml:2: rules.chaotic must be one of error, warning, info, off, not 'loud'",
                error("rules:\n  chaotic: loud\n"));
        assertEquals(
                "cfg.yml:2: not valid YAML: mapping values are not allowed here",
                error("rules: x\n  y: z\n").replaceAll("\\n.*", ""));
        assertEquals("cfg.yml:2: duplicate key 'failOn'", error("failOn: error\nfailOn: info\n"));
    }

    /** Several mistakes are reported together, sorted by line, with the near misses named. */
    @Test
    void everyProblemIsReportedInOneRunWithDidYouMean() {
        InvalidDataException e = assertThrows(
                InvalidDataException.class,
                () -> parse(
                        "rules:\n  chaotic: warn\nfailon: error\nallow: residents\ninclude: ['{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}']\n"));
        assertEquals(
                List.of(
                        "cfg.yml:2: rules.chaotic must be one of error, warning, info, off, not 'warn' (did you mean 'warning'?)",
                        "cfg.yml:3: unknown key 'failon' in the configuration (did you mean 'failOn'? expected one of: allow, "
                                + "categories, exclude, failOn, include, lexicons, maxExpansion, profile, rules)",
                        "cfg.yml:4: allow must be a list",
                        "cfg.yml:5: include: glob '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}' stands for more than 256 "
                                + "alternatives"),
                e.problems().stream().map(Throwable::getMessage).toList());
        assertEquals(
                String.join(
                        "\n", e.problems().stream().map(Throwable::getMessage).toList()),
                e.getMessage());
        assertEquals(2, e.line(), "the first problem's line");
    }

    @Test
    void aSingleValueWhereAListBelongsIsAnError() {
        assertEquals("cfg.yml:1: allow must be a list", error("allow: residents\n"));
        assertEquals("cfg.yml:2: lexicons must be a list", error("failOn: error\nlexicons: 5\n"));
    }

    /** A lexicon path written in the configuration may not lead out of its folder. */
    @Test
    void lexiconsOutsideTheConfigurationsFolderAreRefusedAtTheirLine() {
        assertEquals(
                "cfg.yml:3: lexicons: '../../../../etc/shadow' is outside the configuration's folder; lexicon files "
                        + "must be inside it",
                error("allow: [residents]\nlexicons:\n  - ../../../../etc/shadow\n"));
        assertEquals(
                "cfg.yml:1: lexicons: '/etc/shadow' is an absolute path; name lexicon files relative to the "
                        + "configuration's folder",
                error("lexicons: [/etc/shadow]\n"));
        assertEquals(
                "cfg.yml:1: lexicons: 'a/../../b.yml' is outside the configuration's folder; lexicon files must be "
                        + "inside it",
                error("lexicons: [a/../../b.yml]\n"));
    }

    @Test
    void allowedTermsOverThePhraseLimitsAreErrors() {
        assertEquals(
                "cfg.yml:3: allowed term 'a b c d e f g h i j k l m' has 13 words; at most 12 are allowed",
                error("allow:\n  - residents\n  - a b c d e f g h i j k l m\n"));
    }

    @Test
    void limitsOnTheYamlItselfAreErrorsWithALine() {
        assertEquals(
                "cfg.yml: not valid YAML: nested more than 20 levels deep",
                error("rules: " + "[".repeat(30) + "]".repeat(30) + "\n"));
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        assertEquals("cfg.yml: not valid YAML: more than 10 aliases (*name) of lists or mappings", error(laughs));
    }

    /** Found by ConfigurationFuzzTest: the glob's error message ran over three lines. */
    @Test
    void anInvalidGlobIsReportedOnOneLine() {
        assertEquals(
                List.of(
                        "cfg.yml:2: exclude: glob '%regex[(.*a)(.*a)/c]' is a regular expression (%regex[...] or "
                                + "%ant[...]), which is not supported: use * and **",
                        "cfg.yml:4: exclude: glob '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}' stands for more than 256 "
                                + "alternatives"),
                assertThrows(
                                InvalidDataException.class,
                                () -> parse("exclude:\n  - '%regex[(.*a)(.*a)/c]'\n"
                                        + "  - drafts\n  - '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}'\n"))
                        .problems()
                        .stream()
                        .map(Throwable::getMessage)
                        .toList());
    }
}
