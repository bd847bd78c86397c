package org.strengthslint.testing;

import org.strengthslint.Linter;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconLoader;

/** One shared linter over the engine's small test lexicon (building it once keeps tests fast). */
public final class TestLinters {
    private static final Linter TEST_LEXICON =
            Linter.builder().lexicon(testLexicon()).build();

    private TestLinters() {}

    public static Lexicon testLexicon() {
        return LexiconLoader.fromClassPath(
                TestLinters.class.getClassLoader(), "org/strengthslint/testlexicon/lexicon.yml");
    }

    public static Linter withTestLexicon() {
        return TEST_LEXICON;
    }
}
