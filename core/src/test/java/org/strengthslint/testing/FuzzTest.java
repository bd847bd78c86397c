package org.strengthslint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz helper's promises: the same inputs every run, and a failure that says which try and input. */
class FuzzTest {
    private static List<String> inputs(long seed) {
        List<String> made = new ArrayList<>();
        Fuzz.check(seed, 50, Fuzz::arbitraryBytes, input -> made.add(input.toString()));
        return made;
    }

    @Test
    void theSameSeedMakesTheSameInputsAndAnotherSeedOthers() {
        assertEquals(inputs(1), inputs(1));
        assertNotEquals(inputs(1), inputs(2));
        assertEquals(50, inputs(1).stream().distinct().count(), "every try its own input");
    }

    @Test
    void aFailingTryIsReportedWithTheSeedItsNumberAndItsInput() {
        List<Fuzz.FuzzedBytes> made = new ArrayList<>();
        IllegalStateException problem = new IllegalStateException("too long");
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> Fuzz.check(7, 50, Fuzz::arbitraryBytes, input -> {
                    made.add(input);
                    if (input.bytes().length > 280) {
                        throw problem;
                    }
                }));
        int failing = made.size() - 1;
        assertTrue(failing > 0 && made.stream().limit(failing).allMatch(input -> input.bytes().length <= 280));
        Fuzz.FuzzedBytes input = made.get(failing);
        assertEquals(
                "seed 7, try " + failing + " of 50: arbitrary; " + input.bytes().length + " bytes: "
                        + Fuzz.hex(input.bytes()) + ": java.lang.IllegalStateException: too long",
                error.getMessage());
        assertSame(problem, error.getCause());
        assertTrue(Fuzz.hex(input.bytes()).matches("[0-9a-f]{2}( [0-9a-f]{2}){31} \\.\\.\\."), Fuzz.hex(input.bytes()));
    }

    @Test
    void arbitraryBytesRangeFromEmptyToLongAndFromBinaryToText() {
        List<byte[]> made = new ArrayList<>();
        Fuzz.check(3, 200, Fuzz::arbitraryBytes, input -> made.add(input.bytes()));
        assertTrue(made.stream().anyMatch(bytes -> bytes.length == 0), "an empty one");
        assertTrue(made.stream().anyMatch(bytes -> bytes.length > 200), "a long one");
        assertTrue(made.stream().allMatch(bytes -> bytes.length <= 300), "none over 300");
        assertTrue(made.stream().anyMatch(bytes -> bytes.length > 10 && !utf8(bytes)), "not UTF-8");
        assertTrue(
                made.stream()
                        .anyMatch(bytes ->
                                bytes.length > 10 && new String(bytes, StandardCharsets.US_ASCII).matches("[ -~\\n]+")),
                "printable text");
    }

    @Test
    void aMutatedInputHasOneToSixChangesOfEachKind() {
        byte[] valid = "key: value\nlist: [a, b]\n".getBytes(StandardCharsets.UTF_8);
        List<Fuzz.FuzzedBytes> made = new ArrayList<>();
        Fuzz.check(5, 300, random -> Fuzz.mutate(random, valid, List.of("\n- ", "\u00ff")), made::add);
        for (Fuzz.FuzzedBytes input : made) {
            int steps = input.made().split(", (?=insert|cut|byte)").length;
            assertTrue(input.made().startsWith("valid input with ") && steps >= 1 && steps <= 6, input.made());
        }
        assertTrue(made.stream().anyMatch(input -> input.made().contains("insert \"\\n- \" at ")));
        assertTrue(made.stream().anyMatch(input -> input.made().contains("insert \"\\u00ff\" at ")));
        assertTrue(made.stream().anyMatch(input -> input.made().matches(".*cut \\d+ at \\d+.*")));
        assertTrue(made.stream().anyMatch(input -> input.made().matches(".*byte at \\d+ := [0-9a-f]{2}.*")));
        assertTrue(made.stream().anyMatch(input -> input.made().matches(".*, .*, .*, .*, .*")), "six changes");
        // a single insert: the valid input with the piece in it, and nothing else changed
        Fuzz.FuzzedBytes insert = made.stream()
                .filter(input -> input.made().matches("valid input with insert .*")
                        && !input.made().contains(", "))
                .findFirst()
                .orElseThrow();
        int at = Integer.parseInt(insert.made().replaceAll(".* at ", ""));
        String piece = insert.made().contains("u00ff") ? "\u00ff" : "\n- ";
        String text = new String(valid, StandardCharsets.UTF_8);
        assertEquals(
                text.substring(0, at) + piece + text.substring(at), new String(insert.bytes(), StandardCharsets.UTF_8));
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
