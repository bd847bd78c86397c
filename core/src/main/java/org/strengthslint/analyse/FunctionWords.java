package org.strengthslint.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.strengthslint.data.InvalidDataException;

/**
 * The part of speech of common function words, which never changes with context in the ways
 * the context rules care about (a determiner is never the noun a term describes). Answering these
 * from a table spares the statistical tagger most of its work. The table is the data file
 * {@code org/strengthslint/words/function-words.txt}.
 */
final class FunctionWords {
    static final String RESOURCE = "org/strengthslint/words/function-words.txt";
    private static final Set<String> TAGS = Set.of(
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X");
    private static final Map<String, String> BY_WORD = read();

    private FunctionWords() {}

    private static Map<String, String> read() {
        try (InputStream in = FunctionWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidDataException(RESOURCE, 0, "word list not found on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new InvalidDataException(RESOURCE, 0, "cannot read word list: " + e.getMessage());
        }
    }

    /** Lines of a tag and its words; a bad line is named with its file and line. */
    static Map<String, String> parse(String text, String source) {
        Map<String, String> tags = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(" +");
            if (!TAGS.contains(fields[0]) || fields.length < 2) {
                throw new InvalidDataException(
                        source,
                        i + 1,
                        "a line is a part-of-speech tag (such as DET or ADP) and its words, not '" + line + "'");
            }
            for (int w = 1; w < fields.length; w++) {
                String earlier = tags.put(fields[w], fields[0]);
                if (earlier != null) {
                    throw new InvalidDataException(
                            source, i + 1, "'" + fields[w] + "' is already listed as " + earlier);
                }
            }
        }
        return Map.copyOf(tags);
    }

    /** The tag of a function word, or null for any other word. */
    static String tag(String form) {
        return BY_WORD.get(form);
    }
}
