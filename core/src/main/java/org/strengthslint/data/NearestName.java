package org.strengthslint.data;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known name a misspelt one is closest to, when it is close enough to be meant. */
public final class NearestName {
    private NearestName() {}

    /**
     * The closest known name within a third of the name's length in edits (at least one), or
     * else the first known name the name begins ("warn" for "warning"), if any.
     */
    public static Optional<String> of(String name, Collection<String> known) {
        int allowed = Math.max(1, name.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null && lower.length() >= 3) {
            best = known.stream()
                    .sorted()
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(lower))
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean 'x'?)", or "" when nothing known is close. */
    public static String hint(String name, Collection<String> known) {
        return of(name, known).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }
}
