package org.strengthslint.lexicon;

/**
 * A group of entries that hurt in the same way, such as {@code deficit-framing}.
 *
 * @param title       a short name for people, such as "Deficit framing"
 * @param description one line saying what the entries in it have in common
 */
public record Category(String id, String title, String description) {}
