package org.strengthslint.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.Utf8Text;
import org.strengthslint.testing.Fuzz;

/**
 * Fuzzing the baseline reader, bounded and seeded: any bytes, and a valid baseline with bytes
 * changed, inserted or cut, either load or fail with an {@link InvalidDataException} in one line
 * of our own words; anything else thrown fails the test with the seed, try and input.
 */
class BaselineFuzzTest {
    private static final long SEED = 20261203L;
    private static final byte[] VALID = """
            {
              "tool" : "strengths-lint",
              "version" : 2,
              "findings" : [ {
                "fingerprint" : "6f1c4b1b0e0b4f6a9e8a1d2c3b4a5f6e",
                "before" : "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                "after" : "f9e8d7c6b5a493827160f5e4d3c2b1a0",
                "rule" : "complex-needs",
                "path" : "plans/sam.md",
                "line" : 3,
                "text" : "complex needs"
              } ]
            }
            """.getBytes(StandardCharsets.UTF_8);
    /** JSON syntax, escapes, numbers out of range, deep nesting, and what JSON does not allow. */
    private static final List<String> PIECES = List.of(
            "[",
            "]",
            "{",
            "}",
            ":",
            ",",
            "\"",
            "\\",
            "\\u0000",
            "-1",
            "1e999",
            "99999999999999999999",
            "null",
            "true",
            "[[[[[[[[[[",
            "\u00ff",
            "\ufeff",
            "/*",
            "NaN");

    @Test
    void mutatedBaselinesLoadOrAreRejected() {
        Fuzz.check(SEED, 300, random -> Fuzz.mutate(random, VALID, PIECES), input -> readOrReject(input.bytes()));
    }

    @Test
    void arbitraryBytesLoadOrAreRejected() {
        Fuzz.check(SEED, 200, Fuzz::arbitraryBytes, input -> readOrReject(input.bytes()));
    }

    private static void readOrReject(byte[] bytes) {
        try {
            BaselineReader.read(Utf8Text.decode(bytes, "b.json"), "b.json");
        } catch (InvalidDataException expected) {
            if (expected.getMessage().contains("\n") || expected.getMessage().contains("jackson")) {
                throw new AssertionError("not a plain one-line reason: " + expected.getMessage());
            }
        }
    }
}
