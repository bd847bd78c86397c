package org.strengthslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.strengthslint.data.Excerpt;
import org.strengthslint.data.InvalidDataException;

/**
 * Reads the text of a baseline file, checking every part of it: the file comes with the
 * repository, so an unknown key, a value of the wrong kind or a missing fingerprint is an error
 * naming the line, never skipped. Messages are in plain words, not the JSON parser's.
 */
final class BaselineReader {
    /** The baseline format {@link Baseline#write} writes (version 2: prints of the words either side). */
    static final int FORMAT = 2;
    /** Longer strings are not something this tool wrote (paths, rules, fingerprints, matched text). */
    static final int MAX_STRING = 8_192;
    /** The format nests three levels. */
    static final int MAX_NESTING = 8;

    private static final List<String> ROOT_KEYS = List.of("tool", "version", "findings");
    private static final List<String> ENTRY_KEYS =
            List.of("fingerprint", "before", "after", "rule", "path", "line", "text");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING)
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(20)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final JsonParser parser;

    private BaselineReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** The entries' prints by normalised path. */
    static Map<String, List<Fingerprints.Print>> read(String text, String source) {
        try (JsonParser parser = JSON.createParser(text)) {
            return new BaselineReader(source, parser).root();
        } catch (StreamConstraintsException e) {
            throw new InvalidDataException(
                    source,
                    line(e),
                    "not a valid baseline: a value is longer or nested deeper " + "than a baseline's (at most "
                            + MAX_STRING + " characters, " + MAX_NESTING + " levels)");
        } catch (JsonEOFException e) {
            throw new InvalidDataException(source, line(e), "not valid JSON: the file ends in the middle of it");
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(source, line(e), "not valid JSON: " + plain(e));
        } catch (IOException e) {
            throw new InvalidDataException(
                    source, 0, "cannot read the baseline: " + Excerpt.of(String.valueOf(e.getMessage())));
        }
    }

    private Map<String, List<Fingerprints.Print>> root() throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "the baseline must be a JSON object");
        int rootLine = line();
        Map<String, List<Fingerprints.Print>> fingerprints = null;
        Integer version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "tool" -> {
                    if (value != JsonToken.VALUE_STRING || !parser.getText().equals("strengths-lint")) {
                        throw error("'tool' must be \"strengths-lint\"");
                    }
                }
                case "version" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() == JsonParser.NumberType.INT
                            && parser.getIntValue() == 1) {
                        throw new InvalidDataException(
                                source,
                                0,
                                "this baseline was written by an earlier "
                                        + "strengths-lint; write it again with --write-baseline (in Maven: "
                                        + "-Dstrengths-lint.writeBaseline=FILE)");
                    }
                    if (value != JsonToken.VALUE_NUMBER_INT
                            || parser.getNumberType() != JsonParser.NumberType.INT
                            || parser.getIntValue() != FORMAT) {
                        throw error("'version' must be " + FORMAT + ", not " + Excerpt.of(parser.getText())
                                + " (this strengths-lint reads baselines of version " + FORMAT + ")");
                    }
                    version = FORMAT;
                }
                case "findings" -> fingerprints = findings(value);
                default ->
                    throw error("unknown key '" + Excerpt.of(key) + "' in the baseline (expected: "
                            + String.join(", ", new TreeSet<>(ROOT_KEYS)) + ")");
            }
        }
        if (parser.nextToken() != null) {
            throw error("there is more after the baseline's closing }");
        }
        if (version == null) {
            throw new InvalidDataException(source, rootLine, "not a strengths-lint baseline: 'version' is missing");
        }
        if (fingerprints == null) {
            throw new InvalidDataException(source, rootLine, "not a strengths-lint baseline: 'findings' is missing");
        }
        return fingerprints;
    }

    private Map<String, List<Fingerprints.Print>> findings(JsonToken start) throws IOException {
        expect(start, JsonToken.START_ARRAY, "'findings' must be a list");
        Map<String, List<Fingerprints.Print>> fingerprints = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            expect(token, JsonToken.START_OBJECT, "each item of 'findings' must be an object");
            int entryLine = line();
            String fingerprint = null;
            String before = null;
            String after = null;
            boolean hasBefore = false;
            boolean hasAfter = false;
            String path = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "fingerprint" -> fingerprint = text(value, key);
                    case "before" -> {
                        before = printOrNull(value, key);
                        hasBefore = true;
                    }
                    case "after" -> {
                        after = printOrNull(value, key);
                        hasAfter = true;
                    }
                    case "path" -> path = text(value, key);
                    case "rule", "text" -> text(value, key);
                    case "line" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT
                                || parser.getNumberType() != JsonParser.NumberType.INT
                                || parser.getIntValue() < 1) {
                            throw error(
                                    "'line' must be a whole number of at least 1, not " + Excerpt.of(parser.getText()));
                        }
                    }
                    default ->
                        throw error("unknown key '" + Excerpt.of(key) + "' in a baseline entry (expected: "
                                + String.join(", ", new TreeSet<>(ENTRY_KEYS)) + ")");
                }
            }
            if (fingerprint == null || !hasBefore || !hasAfter || path == null) {
                throw new InvalidDataException(
                        source,
                        entryLine,
                        "a baseline entry needs a 'path', a 'fingerprint', and its 'before' and 'after' prints");
            }
            fingerprints
                    .computeIfAbsent(path, p -> new ArrayList<>())
                    .add(new Fingerprints.Print(fingerprint, before, after));
        }
        return fingerprints;
    }

    /** A string value that is not empty. */
    /** A half print, or null where the finding has no words on that side (written as null). */
    private String printOrNull(JsonToken value, String key) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : text(value, key);
    }

    private String text(JsonToken value, String key) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw error("'" + key + "' must be a string, not " + Excerpt.of(String.valueOf(parser.getText())));
        }
        String text = parser.getText();
        if (text.isBlank()) {
            throw error("'" + key + "' must not be empty");
        }
        return text;
    }

    private void expect(JsonToken actual, JsonToken expected, String problem) {
        if (actual != expected) {
            throw error(problem);
        }
    }

    private InvalidDataException error(String problem) {
        return new InvalidDataException(source, line(), problem);
    }

    private int line() {
        return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    /**
     * The parser's reason without its location suffix or source description, first clause only:
     * "Unexpected character ('}' (code 125)): was expecting double-quote to start field name".
     */
    private static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int marker = message.indexOf(" (for ");
        if (marker >= 0) {
            message = message.substring(0, marker);
        }
        marker = message.indexOf(" at [Source");
        if (marker >= 0) {
            message = message.substring(0, marker);
        }
        if (e instanceof JsonParseException && message.startsWith("Duplicate field '")) {
            return "duplicate key " + Excerpt.of(message.substring("Duplicate field ".length()));
        }
        return message.isBlank() ? "unexpected content" : Excerpt.of(message.strip(), 120);
    }
}
