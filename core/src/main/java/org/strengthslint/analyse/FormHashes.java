package org.strengthslint.analyse;

import java.util.Collection;

/**
 * The hash codes of a set of word forms, in an open-addressed table: asking whether a word might
 * be one of them costs one or two probes and makes nothing, which matters when every word of
 * every document is asked. Two forms can share a hash code, so "might": a yes is confirmed by
 * the caller, a no is certain. Immutable.
 */
public final class FormHashes {
    private final int[] hashes;
    private final boolean[] filled;
    private final int mask;

    private FormHashes(int capacity) {
        hashes = new int[capacity];
        filled = new boolean[capacity];
        mask = capacity - 1;
    }

    public static FormHashes of(Collection<String> forms) {
        int capacity = 16;
        while (capacity < forms.size() * 4) {
            capacity <<= 1;
        }
        FormHashes table = new FormHashes(capacity);
        for (String form : forms) {
            table.add(form.hashCode());
        }
        return table;
    }

    private void add(int hash) {
        int slot = slot(hash);
        while (filled[slot]) {
            if (hashes[slot] == hash) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        filled[slot] = true;
        hashes[slot] = hash;
    }

    /** Whether a form with this {@link String#hashCode()} might be in the set. */
    public boolean mightContain(int hash) {
        int slot = slot(hash);
        while (filled[slot]) {
            if (hashes[slot] == hash) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private int slot(int hash) {
        return spread(hash) & mask;
    }

    /**
     * A string hash code mixed for an open-addressed table indexed by its low bits: strings that
     * differ only in their last letters would otherwise fall into neighbouring slots.
     */
    static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
