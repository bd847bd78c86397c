package org.strengthslint.api;

/**
 * A place where a lexicon pattern matched but its context ruled it out, kept only when a check is
 * asked to explain itself, so a lexicon editor can see why something was not flagged.
 *
 * @param rule   the entry whose pattern matched
 * @param text   the matched words
 * @param reason why it is not a finding ("fails: only when it describes a person")
 */
public record Rejection(String rule, int line, int column, int offset, int length, String text, String reason) {}
