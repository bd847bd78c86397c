package org.strengthslint.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the configuration reader, bounded (a few hundred tries, run by {@code mvn verify}): any
 * bytes, and valid files with bytes changed, inserted or cut, either load or fail with an
 * {@link InvalidDataException}; anything else thrown fails the property (jqwik reports it with the
 * input that caused it, which then becomes a regression case in {@link ConfigurationLoaderTest}).
 */
public class ConfigurationFuzzTest {
    static final String VALID = """
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
            """;

    @Provide
    Arbitrary<byte[]> mutatedConfigurations() {
        return Mutations.of(VALID.getBytes(StandardCharsets.UTF_8), List.of("[", "]", "{", "}", ":", "- ", "&a ", "*a",
                "!!", "\t", "\n  ", "'", "\"", "..", "/", "\u00ff", "\ufeff", "#", "? ", "|", ">", "%YAML 1.1\n---\n"));
    }

    @Property(tries = 300)
    void mutatedConfigurationsLoadOrAreRejected(@ForAll("mutatedConfigurations") byte[] bytes) {
        loadOrReject(bytes);
    }

    @Property(tries = 200)
    void arbitraryBytesLoadOrAreRejected(@ForAll byte[] bytes) {
        loadOrReject(bytes);
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

    /** Byte-level mutations of a valid file, with pieces that mean something to YAML. */
    public static final class Mutations {
        private Mutations() {
        }

        public static Arbitrary<byte[]> of(byte[] valid, List<String> pieces) {
            Arbitrary<Mutation> one = Arbitraries.oneOf(
                    Arbitraries.integers().between(0, valid.length).flatMap(at -> Arbitraries.of(pieces)
                            .map(piece -> (Mutation) bytes -> insert(bytes, Math.min(at, bytes.length), piece))),
                    Arbitraries.integers().between(0, valid.length).flatMap(at -> Arbitraries.integers().between(1, 40)
                            .map(length -> (Mutation) bytes -> cut(bytes, Math.min(at, bytes.length), length))),
                    Arbitraries.integers().between(0, valid.length - 1).flatMap(at -> Arbitraries.bytes()
                            .map(value -> (Mutation) bytes -> replace(bytes, at, value))));
            return one.list().ofMinSize(1).ofMaxSize(6).map(mutations -> {
                byte[] bytes = valid.clone();
                for (Mutation mutation : mutations) {
                    bytes = mutation.apply(bytes);
                }
                return bytes;
            });
        }

        interface Mutation {
            byte[] apply(byte[] bytes);
        }

        private static byte[] insert(byte[] bytes, int at, String piece) {
            byte[] add = piece.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[bytes.length + add.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(add, 0, out, at, add.length);
            System.arraycopy(bytes, at, out, at + add.length, bytes.length - at);
            return out;
        }

        private static byte[] cut(byte[] bytes, int at, int length) {
            int end = Math.min(bytes.length, at + length);
            byte[] out = new byte[bytes.length - (end - at)];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bytes, end, out, at, bytes.length - end);
            return out;
        }

        private static byte[] replace(byte[] bytes, int at, byte value) {
            byte[] out = bytes.clone();
            if (at < out.length) {
                out[at] = value;
            }
            return out;
        }
    }
}
