package org.strengthslint.match;

import java.util.List;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.extract.Document;

/**
 * Lists of words under a heading or lead-in about wording: in a language guide, the items under
 * "Words we no longer use" or after "We avoid these labels:" are the words under discussion, so
 * a term there is a mention, not a label used of anyone. A heading the markup marks, on another
 * subject, ends the list, unless a heading above its own section is about wording.
 */
final class WordListBlocks {
    /** An item of such a list is short: a term, perhaps with its replacement ("addict - person who uses drugs"). */
    private static final int ITEM_WORDS = 6;
    /** How far back a list's heading may be. */
    private static final int MAX_ITEMS = 40;

    private WordListBlocks() {}

    /**
     * Whether block {@code index} is a short item in a run of short items that a heading or a
     * lead-in about wording introduces (a noun for wording in a short heading, or in a paragraph
     * ending in a colon).
     */
    static boolean listedUnderWordingHeading(String text, List<Document.Block> blocks, int index, WordLists words) {
        if (wordCount(text, blocks.get(index)) > ITEM_WORDS || endsLikeSentence(text, blocks.get(index))) {
            return false;
        }
        // once a marked heading on another subject is passed ("## Risks" after a list of words no
        // longer used), only the headings above its section can still make the list one of words
        // ("## Words we no longer use" above "### Drugs")
        int section = Integer.MAX_VALUE;
        for (int i = index - 1; i >= Math.max(0, index - MAX_ITEMS); i--) {
            Document.Block block = blocks.get(i);
            if (block.heading()) {
                if (block.headingLevel() < section) {
                    if (aboutWording(text, block, words)) {
                        return true;
                    }
                    section = block.headingLevel();
                }
                continue;
            }
            if (section < Integer.MAX_VALUE) {
                continue; // a section already left: only the headings above it count
            }
            boolean leadIn = lastChar(text, block) == ':';
            boolean shortBlock = wordCount(text, block) <= ITEM_WORDS * 2 && !endsLikeSentence(text, block);
            if ((leadIn || shortBlock) && aboutWording(text, block, words)) {
                return true;
            }
            if (leadIn || !shortBlock) {
                return false; // the run of items ends at a lead-in or a paragraph that is not about words
            }
        }
        return false;
    }

    private static boolean aboutWording(String text, Document.Block block, WordLists words) {
        for (Token token : WordScanner.scan(text, block.start(), block.end())) {
            if (words.isWordingNoun(token.form()) || words.isWordingLeadIn(token.form())) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String text, Document.Block block) {
        int count = 0;
        boolean inWord = false;
        for (int i = block.start(); i < block.end() && count <= ITEM_WORDS * 2; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static char lastChar(String text, Document.Block block) {
        for (int i = block.end() - 1; i >= block.start(); i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean endsLikeSentence(String text, Document.Block block) {
        char last = lastChar(text, block);
        return last == '.' || last == '!' || last == '?';
    }
}
