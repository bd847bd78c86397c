package org.strengthslint.lexicon;

import java.util.List;
import org.strengthslint.Severity;

/**
 * One term, or family of terms, that the lexicon finds, with the contexts in which it is fine and
 * what to say instead. See {@code lexicon/README.md} for the file format.
 *
 * @param person            flag only when the term describes a person
 * @param standalone        flag only when the term stands alone as a noun ("the homeless")
 * @param partsOfSpeech     when not empty, the first matched word must carry one of these tags
 * @param notBefore         phrases that make the match fine when they directly follow it
 * @param notAfter          phrases that make the match fine when they directly precede it
 * @param notInSentenceWith phrases that mark an innocent sense anywhere in the sentence
 * @param onlyAbout         when not empty, flag only when the person the term describes is named by one of
 *                          these words ("son", "baby"): the nearest person word before the term, or the
 *                          word just before a name ("her son Kai")
 * @param legal             a term of art in law: reported at info, never higher, in a paragraph that cites
 *                          the law (a section, an Act, Regulations, a Part, the Code of Guidance)
 * @param principle         the toolkit principle it relates to, or 0
 * @param origin            where the entry was defined, for error messages
 */
public record LexiconEntry(
        String id,
        String category,
        Severity severity,
        List<String> patterns,
        boolean person,
        boolean standalone,
        List<String> partsOfSpeech,
        List<String> notBefore,
        List<String> notAfter,
        List<String> notInSentenceWith,
        List<String> onlyAbout,
        boolean legal,
        List<String> suggestions,
        String explanation,
        int principle,
        List<String> sources,
        List<String> flaggedExamples,
        List<String> cleanExamples,
        Origin origin) {

    /** A file and line, so errors and docs can point at the definition. */
    public record Origin(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    public LexiconEntry {
        patterns = List.copyOf(patterns);
        partsOfSpeech = List.copyOf(partsOfSpeech);
        notBefore = List.copyOf(notBefore);
        notAfter = List.copyOf(notAfter);
        notInSentenceWith = List.copyOf(notInSentenceWith);
        onlyAbout = List.copyOf(onlyAbout);
        suggestions = List.copyOf(suggestions);
        sources = List.copyOf(sources);
        flaggedExamples = List.copyOf(flaggedExamples);
        cleanExamples = List.copyOf(cleanExamples);
    }

    /** The first sentence of the explanation: the one-line "why". */
    public String why() {
        int end = explanation.indexOf(". ");
        return end < 0 ? explanation : explanation.substring(0, end + 1);
    }
}
