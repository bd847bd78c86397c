package org.strengthslint.analyse;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forms of an English verb that a suggestion is put in to match the verb it replaces: third
 * person ("takes"), past ("took"), past participle ("taken") and -ing ("taking"). Regular verbs
 * follow {@link Inflector}'s spelling rules; the irregular verbs that suggestions use are listed.
 */
public final class VerbForms {
    /** base -> {third person, past, past participle, -ing}. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("be", new String[] {"is", "was", "been", "being"}),
            Map.entry("have", new String[] {"has", "had", "had", "having"}),
            Map.entry("do", new String[] {"does", "did", "done", "doing"}),
            Map.entry("go", new String[] {"goes", "went", "gone", "going"}),
            Map.entry("take", new String[] {"takes", "took", "taken", "taking"}),
            Map.entry("give", new String[] {"gives", "gave", "given", "giving"}),
            Map.entry("get", new String[] {"gets", "got", "got", "getting"}),
            Map.entry("make", new String[] {"makes", "made", "made", "making"}),
            Map.entry("find", new String[] {"finds", "found", "found", "finding"}),
            Map.entry("keep", new String[] {"keeps", "kept", "kept", "keeping"}),
            Map.entry("leave", new String[] {"leaves", "left", "left", "leaving"}),
            Map.entry("feel", new String[] {"feels", "felt", "felt", "feeling"}),
            Map.entry("meet", new String[] {"meets", "met", "met", "meeting"}),
            Map.entry("tell", new String[] {"tells", "told", "told", "telling"}),
            Map.entry("say", new String[] {"says", "said", "said", "saying"}),
            Map.entry("see", new String[] {"sees", "saw", "seen", "seeing"}),
            Map.entry("come", new String[] {"comes", "came", "come", "coming"}),
            Map.entry("become", new String[] {"becomes", "became", "become", "becoming"}),
            Map.entry("choose", new String[] {"chooses", "chose", "chosen", "choosing"}),
            Map.entry("speak", new String[] {"speaks", "spoke", "spoken", "speaking"}),
            Map.entry("hold", new String[] {"holds", "held", "held", "holding"}),
            Map.entry("pay", new String[] {"pays", "paid", "paid", "paying"}),
            Map.entry("put", new String[] {"puts", "put", "put", "putting"}),
            Map.entry("set", new String[] {"sets", "set", "set", "setting"}),
            Map.entry("let", new String[] {"lets", "let", "let", "letting"}),
            Map.entry("run", new String[] {"runs", "ran", "run", "running"}),
            Map.entry("spend", new String[] {"spends", "spent", "spent", "spending"}),
            Map.entry("lose", new String[] {"loses", "lost", "lost", "losing"}),
            Map.entry("sleep", new String[] {"sleeps", "slept", "slept", "sleeping"}),
            Map.entry("seek", new String[] {"seeks", "sought", "sought", "seeking"}),
            Map.entry("bring", new String[] {"brings", "brought", "brought", "bringing"}),
            Map.entry("think", new String[] {"thinks", "thought", "thought", "thinking"}),
            Map.entry("understand", new String[] {"understands", "understood", "understood", "understanding"}),
            Map.entry("stand", new String[] {"stands", "stood", "stood", "standing"}),
            Map.entry("write", new String[] {"writes", "wrote", "written", "writing"}),
            Map.entry("drink", new String[] {"drinks", "drank", "drunk", "drinking"}),
            Map.entry("fall", new String[] {"falls", "fell", "fallen", "falling"}),
            Map.entry("send", new String[] {"sends", "sent", "sent", "sending"}),
            Map.entry("lie", new String[] {"lies", "lied", "lied", "lying"}));

    /** Which form of a verb. */
    public enum Form {
        /** "take": after a modal, "to" or "do", and present tense other than the third person. */
        BASE,
        /** "takes". */
        THIRD_PERSON,
        /** "took". */
        PAST,
        /** "taken": after "have", or in the passive. */
        PARTICIPLE,
        /** "taking". */
        ING
    }

    private VerbForms() {}

    /** The form of the verb {@code base} (one lower-case word). */
    public static String of(String base, Form form) {
        String[] irregular = IRREGULAR.get(base);
        return switch (form) {
            case BASE -> base;
            case THIRD_PERSON -> irregular != null ? irregular[0] : thirdPerson(base);
            case PAST -> irregular != null ? irregular[1] : Inflector.past(base);
            case PARTICIPLE -> irregular != null ? irregular[2] : Inflector.past(base);
            case ING -> irregular != null ? irregular[3] : Inflector.presentParticiple(base);
        };
    }

    /** The past participles of {@link #IRREGULAR}, for asking about a form the other way round. */
    private static final Set<String> IRREGULAR_PARTICIPLES =
            IRREGULAR.values().stream().map(forms -> forms[2]).collect(Collectors.toUnmodifiableSet());

    /** Whether {@code form} is the past participle of one of the irregular verbs listed ("run", "held", "taken"). */
    public static boolean irregularParticiple(String form) {
        return IRREGULAR_PARTICIPLES.contains(form);
    }

    private static String thirdPerson(String base) {
        if (base.endsWith("o") && !base.endsWith("oo")) {
            return base + "es";
        }
        return Inflector.plural(base);
    }
}
