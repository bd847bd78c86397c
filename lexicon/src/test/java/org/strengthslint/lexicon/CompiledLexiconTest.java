package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The compiled lexicon the build ships is exactly the YAML lexicon: it can never be stale. */
class CompiledLexiconTest {
    @Test
    void theShippedCompiledFormEqualsTheYaml() throws Exception {
        Lexicon yaml = LexiconLoader.fromClassPath(getClass().getClassLoader(), LexiconLoader.BUNDLED_INDEX);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CompiledLexicon.RESOURCE)) {
            assertNotNull(in, "the build compiles " + CompiledLexicon.RESOURCE);
            assertSame(yaml, CompiledLexicon.read(in));
        }
    }

    @Test
    void writingAndReadingKeepsEverything() throws Exception {
        Lexicon yaml = LexiconLoader.fromClassPath(getClass().getClassLoader(), LexiconLoader.BUNDLED_INDEX);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledLexicon.write(yaml, bytes);
        assertSame(yaml, CompiledLexicon.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static void assertSame(Lexicon expected, Lexicon actual) {
        assertEquals(expected.categories(), actual.categories());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.entries(), actual.entries());
    }
}
