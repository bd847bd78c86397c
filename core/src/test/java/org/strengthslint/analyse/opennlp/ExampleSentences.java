package org.strengthslint.analyse.opennlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.util.Span;

/** Real text for comparisons with OpenNLP: the words of every sentence of the examples and the parity document. */
final class ExampleSentences {
    /** The words a context rule has tagged at once: a window of this many. */
    static final int WINDOW = 9;

    private ExampleSentences() {}

    /** The documents: every example, and the parity document. */
    static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            examples.sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        documents.add(Path.of("src/test/resources/documents/parity.md"));
        return documents;
    }

    /** Each sentence's words, as the models split them; sentences without words are left out. */
    static List<String[]> words(OpenNlpTools models) {
        List<String[]> sentences = new ArrayList<>();
        for (Path document : documents()) {
            String text;
            try {
                text = Files.readString(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Span sentence : models.sentences(text)) {
                String covered = sentence.getCoveredText(text).toString();
                String[] words = Span.spansToStrings(models.tokens(covered), covered);
                if (words.length > 0) {
                    sentences.add(words);
                }
            }
        }
        return sentences;
    }

    /** Windows of {@link #WINDOW} words (fewer at the end) starting at {@code first}, every {@code step} words, while two words remain. */
    static List<String[]> windows(String[] words, int first, int step) {
        List<String[]> windows = new ArrayList<>();
        for (int start = first; start + 1 < words.length; start += step) {
            windows.add(Arrays.copyOfRange(words, start, Math.min(words.length, start + WINDOW)));
        }
        return windows;
    }
}
