package org.strengthslint.match;

import java.util.regex.Pattern;

/**
 * Whether a stretch of text cites the law: a section ("section 191", "s.175(4)", "ss 184-189"), an
 * Act, Order or set of Regulations by name or year ("the Housing Act 1996", "the Care Act"), a Part
 * of an Act ("Part 7", "Part VII"), a Schedule, the Immigration Rules or a Code of Guidance. Legal
 * terms of art in such a paragraph are there because the law requires them.
 */
final class LegalCitations {
    // Every citation starts with a capital or an "s": the look-ahead turns most positions of a
    // paragraph away with one character test before the alternatives are tried.
    private static final Pattern CITATION = Pattern.compile("(?=[A-Zs])(?:"
            + "\\b(?:[Ss]ections?|ss?\\.)\\s?\\d+" // section 191, s.175, ss.184
            + "|\\bs\\s\\d+(?:\\(\\d+\\))" // s 189(1)
            + "|\\b(?:Act|Order|Regulations|Rules)\\s+(?:1[6-9]|20)\\d{2}\\b" // Act 1996, Regulations 2006
            + "|\\b[A-Z][a-z]+\\sAct\\b" // Housing Act, Care Act
            + "|\\b(?:Part|Schedule)\\s+(?:\\d+|[IVX]+)\\b" // Part 7, Part VII, Schedule 2
            + "|\\bCode of Guidance\\b|\\bImmigration Rules\\b)");

    private LegalCitations() {}

    /** True when {@code text} between {@code from} and {@code to} cites the law. */
    public static boolean cite(CharSequence text, int from, int to) {
        return CITATION.matcher(text).region(from, to).find();
    }
}
