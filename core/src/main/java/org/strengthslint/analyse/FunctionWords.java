package org.strengthslint.analyse;

import java.util.HashMap;
import java.util.Map;

/**
 * The part of speech of common function words, which never changes with context in the ways
 * the context rules care about (a determiner is never the noun a term describes). Answering these
 * from a table spares the statistical tagger most of its work.
 */
final class FunctionWords {
    private static final Map<String, String> TAGS = new HashMap<>();

    static {
        put("DET", "the a an this these those every each either neither another such");
        put("ADP", "of in on at by for with from into onto about over under after during without within "
                + "through between against towards toward upon across behind beyond among amongst via per");
        put("AUX", "is are was were be been being am has have had do does did will would can could should may "
                + "might must shall 's 're 've 'd 'll");
        put("CCONJ", "and but or nor");
        put("SCONJ", "because although though if unless whether while whereas");
        put("PRON", "he she they it we i you him her them us me who whom which what someone somebody anyone "
                + "anybody everyone everybody something anything everything nothing itself himself herself "
                + "themselves ourselves myself yourself");
        put("PART", "not n't to");
        put("ADV", "very really quite often always never sometimes still also just again now then too so "
                + "repeatedly usually rather fairly extremely particularly currently recently previously "
                + "already even only here there");
    }

    private FunctionWords() {
    }

    private static void put(String tag, String words) {
        for (String word : words.split(" ")) {
            TAGS.put(word, tag);
        }
    }

    /** The tag of a function word, or null for any other word. */
    static String tag(String form) {
        return TAGS.get(form);
    }
}
