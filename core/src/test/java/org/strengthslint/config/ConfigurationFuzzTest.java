package org.strengthslint.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.Utf8Text;
import org.strengthslint.testing.Fuzz;

/**
 * Fuzzing the configuration reader, bounded (a few hundred seeded tries, run by {@code mvn verify}):
 * any bytes, and valid files with bytes changed, inserted or cut, either load or fail with an
 * {@link InvalidDataException} in one line; anything else thrown fails the test, naming the seed,
 * the try and the input (which then becomes a regression case in {@link ConfigurationLoaderTest}).
 */
class ConfigurationFuzzTest {
    private static final long SEED = 20261201L;
    private static final byte[] VALID = """
            failOn: error
            profile: strict
            rules:
              service-user: off
              complex-needs: info
            categories:
              enforcement: warning
            allow:
              - residents
              - people we support
            lexicons:
              - language/our-terms.yml
            include: ["policies/**"]
            exclude:
              - "archive/**"
            """.getBytes(StandardCharsets.UTF_8);
    /** Pieces that mean something to YAML: flow and block syntax, anchors, tags, quotes, directives. */
    private static final List<String> PIECES = List.of(
            "[",
            "]",
            "{",
            "}",
            ":",
            "- ",
            "&a ",
            "*a",
            "!!",
            "\t",
            "\n  ",
            "'",
            "\"",
            "..",
            "/",
            "\u00ff",
            "\ufeff",
            "#",
            "? ",
            "|",
            ">",
            "%YAML 1.1\n---\n");

    @Test
    void mutatedConfigurationsLoadOrAreRejected() {
        Fuzz.check(SEED, 300, random -> Fuzz.mutate(random, VALID, PIECES), input -> loadOrReject(input.bytes()));
    }

    @Test
    void arbitraryBytesLoadOrAreRejected() {
        Fuzz.check(SEED, 200, Fuzz::arbitraryBytes, input -> loadOrReject(input.bytes()));
    }

    private static void loadOrReject(byte[] bytes) {
        try {
            ConfigurationLoader.parse(Utf8Text.decode(bytes, "cfg.yml"), "cfg.yml", Path.of("/org"));
        } catch (InvalidDataException expected) {
            // reasons with a file, each on one line: what a person should see
            for (InvalidDataException problem : expected.problems()) {
                if (problem.getMessage().contains("\n")) {
                    throw new AssertionError("a message on more than one line: " + problem.getMessage());
                }
            }
        }
    }
}
