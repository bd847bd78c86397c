package org.strengthslint.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The categories, sources and entries the engine matches, in load order. Immutable. */
public final class Lexicon {
    private final Map<String, Category> categories;
    private final Map<String, String> sources;
    private final Map<String, LexiconEntry> entries;
    private final Map<String, Profile> profiles;

    Lexicon(
            Map<String, Category> categories,
            Map<String, String> sources,
            List<LexiconEntry> entries,
            Map<String, Profile> profiles) {
        this.categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        Map<String, LexiconEntry> byId = new LinkedHashMap<>();
        for (LexiconEntry entry : entries) {
            byId.put(entry.id(), entry);
        }
        this.entries = java.util.Collections.unmodifiableMap(byId);
    }

    /** The lexicon bundled in the {@code strengths-lint-lexicon} artifact, found on the class path. */
    public static Lexicon bundled() {
        return LexiconLoader.bundled(Lexicon.class.getClassLoader());
    }

    public List<LexiconEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public Optional<LexiconEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Map<String, Category> categories() {
        return categories;
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Source keys and their titles. */
    public Map<String, String> sources() {
        return sources;
    }

    /** The profiles, by id, in file order. */
    public Map<String, Profile> profiles() {
        return profiles;
    }

    public Optional<Profile> profile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    public int size() {
        return entries.size();
    }
}
