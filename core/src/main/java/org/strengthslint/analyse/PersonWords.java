package org.strengthslint.analyse;

import java.util.HashSet;
import java.util.Set;
import org.strengthslint.match.Inflector;

/** Words that refer to people: how the engine tells "an entrenched resident" from "entrenched inequality". */
public final class PersonWords {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "hers",
            "their", "theirs", "himself", "herself", "themselves", "themself", "i", "me", "my", "myself", "we", "us",
            "our", "you", "your", "yourself", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
            "who", "whom", "whoever", "mr", "mrs", "ms", "miss", "mx");
    private static final Set<String> NOUNS;

    static {
        Set<String> nouns = new HashSet<>();
        for (String noun : new String[] {"person", "individual", "man", "woman", "boy", "girl", "child", "adult",
                "teenager", "youth", "young", "resident", "client", "tenant", "licensee", "applicant", "customer",
                "guest", "participant", "member", "patient", "user", "family", "household", "parent", "mother",
                "father", "mum", "dad", "son", "daughter", "brother", "sister", "partner", "wife", "husband",
                "friend", "neighbour", "sleeper", "offender", "prisoner", "migrant", "refugee", "claimant", "occupant",
                "occupier", "learner", "student", "veteran", "community", "group", "population", "cohort", "people",
                "gentleman", "lady", "lad", "guy", "addict", "drinker", "beggar", "seeker", "survivor", "victim",
                "carer", "baby", "infant", "pupil", "service-user", "mother-to-be"}) {
            for (String form : Inflector.forms(noun)) {
                nouns.addAll(Spelling.variants(form));
            }
        }
        NOUNS = Set.copyOf(nouns);
    }

    private PersonWords() {
    }

    /** A personal pronoun or form of address ("he", "they", "Mr"). */
    public static boolean isPronoun(String form) {
        return PRONOUNS.contains(form);
    }

    /** A noun for a person or group of people ("resident", "families"). */
    public static boolean isPersonNoun(String form) {
        return NOUNS.contains(form);
    }

    public static boolean refersToPerson(String form) {
        return isPronoun(form) || isPersonNoun(form);
    }
}
