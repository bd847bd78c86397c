package org.strengthslint.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengthslint.analyse.Token;

/**
 * A token-level automaton over normalised forms: every phrase is compiled into it once, so finding
 * all phrases at a position costs one walk whose length is bounded by the longest phrase, however
 * many phrases there are.
 *
 * @param <T> what a complete phrase stands for
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    /** Which forms the {@code <person>} slot of a pattern stands for; null: the slot matches nothing. */
    private final java.util.function.Predicate<String> personNoun;

    public PhraseTrie() {
        this(null);
    }

    PhraseTrie(java.util.function.Predicate<String> personNoun) {
        this.personNoun = personNoun;
    }
    /** For every phrase, the spellings of one word that each occurrence of it holds (see {@link #anchorForms()}). */
    private final Set<String> anchors = new HashSet<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
    }

    /** A phrase found at tokens {@code [from, to)}. */
    public record Hit<T>(int from, int to, T value) {
    }

    /** A trie of the phrases, each standing for {@code TRUE}. */
    static PhraseTrie<Boolean> of(Iterable<String> phrases) {
        PhraseTrie<Boolean> trie = new PhraseTrie<>();
        for (String phrase : phrases) {
            trie.add(phrase, Boolean.TRUE);
        }
        return trie;
    }

    /** Adds every spelling of {@code phrase} (see {@link PatternSyntax}). */
    public void add(String phrase, T value) {
        for (List<Set<String>> sequence : PatternSyntax.expand(phrase)) {
            anchors.addAll(anchorOf(sequence));
            List<Node<T>> frontier = List.of(root);
            for (Set<String> forms : sequence) {
                List<Node<T>> reached = new ArrayList<>();
                for (Node<T> node : frontier) {
                    for (String form : forms) {
                        Node<T> child = node.next.computeIfAbsent(form, f -> new Node<>());
                        if (!reached.contains(child)) {
                            reached.add(child);
                        }
                    }
                }
                frontier = reached;
            }
            for (Node<T> end : frontier) {
                if (!end.values.contains(value)) {
                    end.values.add(value);
                }
            }
        }
    }

    /** Every phrase that starts at token {@code from}, shortest first. */
    public List<Hit<T>> startingAt(List<Token> tokens, int from) {
        List<Hit<T>> hits = null;
        boolean slotted = false;
        Node<T> node = root;
        for (int i = from; i < tokens.size(); i++) {
            String form = tokens.get(i).form();
            if (personNoun != null) {
                Node<T> slot = node.next.get(PatternSyntax.PERSON_FORM);
                if (slot != null && personNoun.test(form)) {
                    hits = walk(slot, tokens, from, i, hits);
                    slotted = true;
                }
            }
            node = node.next.get(form);
            if (node == null) {
                break;
            }
            for (T value : node.values) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new Hit<>(from, i + 1, value));
            }
        }
        if (slotted && hits != null) {
            hits.sort(java.util.Comparator.comparingInt(Hit::to)); // a slot's hits came in out of order
        }
        return hits == null ? List.of() : hits;
    }

    /** The phrases that go on from {@code node}, reached by the token at {@code at}. */
    private List<Hit<T>> walk(Node<T> node, List<Token> tokens, int from, int at, List<Hit<T>> hits) {
        for (T value : node.values) {
            if (hits == null) {
                hits = new ArrayList<>(2);
            }
            hits.add(new Hit<>(from, at + 1, value));
        }
        if (at + 1 < tokens.size()) {
            String form = tokens.get(at + 1).form();
            Node<T> slot = node.next.get(PatternSyntax.PERSON_FORM);
            if (slot != null && personNoun.test(form)) {
                hits = walk(slot, tokens, from, at + 1, hits);
            }
            Node<T> next = node.next.get(form);
            if (next != null) {
                hits = walk(next, tokens, from, at + 1, hits);
            }
        }
        return hits;
    }

    /** True when some phrase ends exactly before token {@code end} (and starts at or after {@code min}). */
    public boolean anyEndingAt(List<Token> tokens, int min, int end) {
        for (int from = Math.max(min, end - 8); from < end; from++) {
            for (Hit<T> hit : startingAt(tokens, from)) {
                if (hit.to() == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when any phrase occurs in tokens {@code [from, to)}. */
    public boolean anyWithin(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Hit<T> hit : startingAt(tokens, i)) {
                if (hit.to() <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The forms a phrase can start with. */
    public Set<String> firstForms() {
        return Set.copyOf(root.next.keySet());
    }

    /**
     * Forms of which every occurrence of every phrase holds at least one: for each phrase, the
     * spellings of its longest word. Text with none of them holds no phrase. A phrase's first
     * word would do as well, but some phrases start with words found in nearly every sentence
     * ("the homeless", "not engaging", "in denial"); longer words are rarer.
     */
    public Set<String> anchorForms() {
        return Set.copyOf(anchors);
    }

    private static Set<String> anchorOf(List<Set<String>> sequence) {
        Set<String> longest = sequence.get(0);
        int longestLength = -1;
        for (Set<String> forms : sequence) {
            int shortest = Integer.MAX_VALUE;
            for (String form : forms) {
                shortest = Math.min(shortest, form.equals(PatternSyntax.PERSON_FORM) ? -1 : form.length());
            }
            if (shortest >= longestLength) {
                longest = forms;
                longestLength = shortest;
            }
        }
        return longest;
    }

    public boolean isEmpty() {
        return root.next.isEmpty();
    }
}
