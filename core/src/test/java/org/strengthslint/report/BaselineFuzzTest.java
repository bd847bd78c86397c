package org.strengthslint.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strengthslint.config.ConfigurationFuzzTest;
import org.strengthslint.config.InvalidDataException;
import org.strengthslint.config.Utf8Text;

/**
 * Fuzzing the baseline reader, bounded: any bytes, and a valid baseline with bytes changed,
 * inserted or cut, either load or fail with an {@link InvalidDataException}.
 */
class BaselineFuzzTest {
    private static final String VALID = """
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
            """;

    @Provide
    Arbitrary<byte[]> mutatedBaselines() {
        return ConfigurationFuzzTest.Mutations.of(VALID.getBytes(StandardCharsets.UTF_8), List.of("[", "]", "{",
                "}", ":", ",", "\"", "\\", "\\u0000", "-1", "1e999", "99999999999999999999", "null", "true", "[[[[[[[[[[",
                "\u00ff", "\ufeff", "/*", "NaN"));
    }

    @Property(tries = 300)
    void mutatedBaselinesLoadOrAreRejected(@ForAll("mutatedBaselines") byte[] bytes) {
        readOrReject(bytes);
    }

    @Property(tries = 200)
    void arbitraryBytesLoadOrAreRejected(@ForAll byte[] bytes) {
        readOrReject(bytes);
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
