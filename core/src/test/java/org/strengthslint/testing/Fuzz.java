package org.strengthslint.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Bounded, seeded fuzzing in plain JUnit tests: a fixed seed and a fixed number of tries, so every
 * run checks the same inputs and a failure can be run again. Each try gets its own generator, split
 * off the seed's in order, so what one try draws never changes the inputs of the others (a
 * generator can be changed without moving every later try). A failing try is reported with the
 * seed, its number and a short description of its input; that input then belongs in the reader's
 * ordinary tests as a regression case.
 */
public final class Fuzz {
    /** How much of an input a failure message shows: enough to recognise it, not a page of hex. */
    private static final int SHOWN_BYTES = 32;

    private Fuzz() {}

    /**
     * Makes {@code tries} inputs from {@code seed} and checks each. Anything the check throws (an
     * assertion or an exception the code under test should not throw) fails the test with
     * "seed S, try N of T: input: what went wrong", the original error as the cause.
     */
    public static <T> void check(long seed, int tries, Function<SplittableRandom, T> generate, Consumer<T> property) {
        checkEach(seed, Collections.nCopies(tries, "try"), (ignored, random) -> generate.apply(random), property);
    }

    /**
     * One try per case, in order, its input made from the case and the try's own generator: for
     * tests that must cover every case (each format, each kind of damage) rather than leave it to
     * chance. Failures are reported as by {@link #check}.
     */
    public static <C, T> void checkEach(
            long seed, List<C> cases, BiFunction<C, SplittableRandom, T> generate, Consumer<T> property) {
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int attempt = 0; attempt < cases.size(); attempt++) {
            SplittableRandom random = seeds.split();
            String input = "(not made)";
            try {
                T value = generate.apply(cases.get(attempt), random);
                input = String.valueOf(value);
                property.accept(value);
            } catch (Throwable failure) { // an Error such as StackOverflowError is a finding too
                throw new AssertionError(
                        "seed " + seed + ", try " + attempt + " of " + cases.size() + ": " + input + ": " + failure,
                        failure);
            }
        }
    }

    /**
     * Any bytes, from empty to 300 long. Each array draws from one of three alphabets: every byte
     * value (mostly not UTF-8, so it tests the decoding), ASCII with its control characters, or
     * printable ASCII with line breaks (text that reaches the parser behind the decoder).
     */
    public static FuzzedBytes arbitraryBytes(SplittableRandom random) {
        int length = random.nextInt(10) == 0 ? random.nextInt(4) : random.nextInt(301);
        int alphabet = random.nextInt(3);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = switch (alphabet) {
                case 0 -> (byte) random.nextInt(256);
                case 1 -> (byte) random.nextInt(128);
                default -> {
                    int c = random.nextInt(' ', '~' + 3);
                    yield (byte) (c == '~' + 1 ? '\n' : c == '~' + 2 ? ' ' : c);
                }
            };
        }
        return new FuzzedBytes(bytes, "arbitrary");
    }

    /**
     * A valid input changed by one to six mutations, each one of: a piece that means something to
     * the format inserted anywhere, a range of 1 to 40 bytes cut, or a byte replaced by any value.
     */
    public static FuzzedBytes mutate(SplittableRandom random, byte[] valid, List<String> pieces) {
        byte[] bytes = valid.clone();
        List<String> steps = new ArrayList<>();
        for (int count = random.nextInt(1, 7); count > 0; count--) {
            int kind = bytes.length == 0 ? random.nextInt(2) : random.nextInt(3);
            if (kind == 0) {
                String piece = pick(random, pieces);
                int at = random.nextInt(bytes.length + 1);
                bytes = insert(bytes, at, piece.getBytes(StandardCharsets.UTF_8));
                steps.add("insert \"" + escaped(piece) + "\" at " + at);
            } else if (kind == 1) {
                int at = random.nextInt(bytes.length + 1);
                int length = random.nextInt(1, 41);
                bytes = cut(bytes, at, length);
                steps.add("cut " + length + " at " + at);
            } else {
                int at = random.nextInt(bytes.length);
                byte value = (byte) random.nextInt(256);
                bytes = replace(bytes, at, value);
                steps.add("byte at " + at + " := " + String.format("%02x", value & 0xff));
            }
        }
        return new FuzzedBytes(bytes, "valid input with " + String.join(", ", steps));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] piece) {
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
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
        out[at] = value;
        return out;
    }

    /** One of {@code choices}, each as likely. */
    public static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code min} to {@code max} (inclusive) elements, each made by {@code element}. */
    public static <T> List<T> listOf(SplittableRandom random, int min, int max, Function<SplittableRandom, T> element) {
        List<T> list = new ArrayList<>();
        for (int size = random.nextInt(min, max + 1); size > 0; size--) {
            list.add(element.apply(random));
        }
        return list;
    }

    /** The first bytes in hex, so a failing input can be recognised (and rebuilt) from the message. */
    public static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, SHOWN_BYTES); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return bytes.length > SHOWN_BYTES ? hex + " ..." : hex.toString();
    }

    /** Line breaks, tabs and anything outside printable ASCII as Java escapes, to keep a message on one line. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> out.append('\\').append(c);
                default -> out.append(c >= ' ' && c <= '~' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * Bytes made for a try, and how they were made.
     *
     * @param bytes the input
     * @param made  "arbitrary", or the mutations of the valid input in the order applied
     */
    public record FuzzedBytes(byte[] bytes, String made) {
        @Override
        public String toString() {
            return made + "; " + bytes.length + " bytes: " + hex(bytes);
        }
    }
}
