package org.strengthslint.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengthslint.analyse.Token;
import org.strengthslint.lexicon.PatternSyntax;

/**
 * A token-level automaton over normalised forms: every phrase is compiled into it once, so finding
 * all phrases at a position costs one walk whose length is bounded by the longest phrase, however
 * many phrases there are.
 * <p>
 * Nodes are shared where a phrase allows several forms at a position ("engage", "engages",
 * "engaged", ...): all of them lead to one node rather than each to a copy of the rest of the
 * phrase, so a phrase of n words with k forms each adds about n nodes, not k to the power n (a
 * ten-word pattern used to take minutes to add). A shared node that another phrase goes on from
 * is copied first, so phrases never gain each other's continuations: the automaton accepts
 * exactly the token sequences a plain trie of every spelling would.
 *
 * @param <T> what a complete phrase stands for
 */
final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    /** Which forms the {@code <person>} slot of a pattern stands for; null: the slot matches nothing. */
    private final java.util.function.Predicate<String> personNoun;
    /**
     * The trie holds phrases spelled as a lexicon's patterns are, whose "the" after the first word
     * stands for other determiners too (see {@link PatternSyntax#expand(String, boolean)}); other
     * tries hold phrases as written ("Coalition for the Homeless" is a name, "coalition for our
     * homeless" is not).
     */
    private final boolean patterns;

    /** A trie of phrases as written. */
    public PhraseTrie() {
        this(null, false);
    }

    /** A trie of a lexicon's patterns, whose {@code <person>} slot stands for the forms {@code personNoun} accepts. */
    PhraseTrie(java.util.function.Predicate<String> personNoun) {
        this(personNoun, true);
    }

    private PhraseTrie(java.util.function.Predicate<String> personNoun, boolean patterns) {
        this.personNoun = personNoun;
        this.patterns = patterns;
    }

    /**
     * A trie of the phrases a configuration allows, spelled as the patterns they answer are: an
     * allowed "breach of the licence" also allows "a breach of your licence", which the pattern finds.
     */
    static <T> PhraseTrie<T> ofAllowedPhrases() {
        return new PhraseTrie<>(null, true);
    }
    /** For every phrase, the spellings of one word that each occurrence of it holds (see {@link #anchorForms()}). */
    private final Set<String> anchors = new HashSet<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
        /** How many edges lead here: a node more than the current phrase reaches must be copied before it changes. */
        int incoming;

        /** A node with the same values and the same edges out (each of whose targets gains an edge in). */
        Node<T> copy() {
            Node<T> copy = new Node<>();
            copy.values.addAll(values);
            copy.next.putAll(next);
            for (Node<T> target : next.values()) {
                target.incoming++;
            }
            return copy;
        }
    }

    /** A phrase found at tokens {@code [from, to)}. */
    public record Hit<T>(int from, int to, T value) {}

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
        for (List<Set<String>> sequence : PatternSyntax.expand(phrase, patterns)) {
            anchors.addAll(anchorOf(sequence));
            Collection<Node<T>> frontier = List.of(root);
            for (Set<String> forms : sequence) {
                frontier = step(frontier, forms);
            }
            for (Node<T> end : frontier) {
                if (!end.values.contains(value)) {
                    end.values.add(value);
                }
            }
        }
    }

    /**
     * The nodes reached from {@code frontier} by {@code forms}, each one the phrase being added
     * may change: every path into it is a path of that phrase. Forms with no edge yet share one
     * new node; an existing node reached from outside the frontier too (another phrase's) is
     * copied, and the frontier's edges moved to the copy.
     */
    private Collection<Node<T>> step(Collection<Node<T>> frontier, Set<String> forms) {
        Map<Node<T>, Integer> edgesFromFrontier = new IdentityHashMap<>();
        for (Node<T> node : frontier) {
            for (String form : forms) {
                Node<T> child = node.next.get(form);
                if (child != null) {
                    edgesFromFrontier.merge(child, 1, Integer::sum);
                }
            }
        }
        Map<Node<T>, Node<T>> ours = new IdentityHashMap<>();
        for (Map.Entry<Node<T>, Integer> reached : edgesFromFrontier.entrySet()) {
            Node<T> child = reached.getKey();
            ours.put(child, reached.getValue() == child.incoming ? child : child.copy());
        }
        Node<T> fresh = null;
        Set<Node<T>> next = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node<T> node : frontier) {
            for (String form : forms) {
                Node<T> child = node.next.get(form);
                Node<T> target;
                if (child == null) {
                    if (fresh == null) {
                        fresh = new Node<>();
                    }
                    target = fresh;
                } else {
                    target = ours.get(child);
                    if (target == child) {
                        next.add(target);
                        continue;
                    }
                    child.incoming--;
                }
                node.next.put(form, target);
                target.incoming++;
                next.add(target);
            }
        }
        return next;
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
