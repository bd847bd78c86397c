package org.strengthslint.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML node that knows its file and line, so every validation error can point at the exact place.
 * We read the node tree rather than binding to classes because binding loses line numbers.
 */
public final class YamlNode {
    /** The longest value read: the bundled lexicon's longest (an explanation) is under 400 characters. */
    public static final int MAX_VALUE_LENGTH = 2_000;
    /** Nesting deeper than this is refused: real files nest four or five levels. */
    static final int MAX_NESTING = 20;
    /** Aliases to lists or mappings: a few are handy, many are how "billion laughs" files grow. */
    static final int MAX_ALIASES = 10;

    private final Node node;
    private final String source;

    private YamlNode(Node node, String source) {
        this.node = node;
        this.source = source;
    }

    /** Parses one YAML document; an empty document gives an empty mapping. */
    public static YamlNode parse(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        // The files are size-limited before they are read; this is the parser's own guard, in
        // code points, for text that did not come through RepositoryFiles.
        options.setCodePointLimit((int) RepositoryFiles.LEXICON_LIMIT);
        try {
            // The composer alone: we need the node tree with positions, not Yaml's object mapping,
            // whose set-up costs more than the parsing at start-up.
            Node root = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options)
                    .getSingleNode();
            if (root == null) {
                root = new MappingNode(
                        org.yaml.snakeyaml.nodes.Tag.MAP,
                        new ArrayList<>(),
                        org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
            }
            return new YamlNode(root, source);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InvalidDataException(source, line, "not valid YAML: " + Excerpt.of(problem.strip()));
        } catch (YAMLException e) {
            // the parser's limits, which it reports without a position, in our words
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Nesting Depth exceeded")) {
                message = "nested more than " + MAX_NESTING + " levels deep";
            } else if (message.startsWith("Number of aliases")) {
                message = "more than " + MAX_ALIASES + " aliases (*name) of lists or mappings";
            } else if (message.contains("code points")) {
                message = "larger than the limit of " + RepositoryFiles.LEXICON_LIMIT + " characters";
            }
            throw new InvalidDataException(source, 0, "not valid YAML: " + Excerpt.of(message));
        } catch (StackOverflowError e) {
            // the nesting limit should prevent this; never a stack trace for a bad file
            throw new InvalidDataException(source, 0, "not valid YAML: nested too deeply");
        }
    }

    public String source() {
        return source;
    }

    /** 1-based line where this node starts. */
    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public InvalidDataException error(String problem) {
        return new InvalidDataException(source, line(), problem);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** An empty value ({@code key:} with nothing after it, or {@code null}). */
    public boolean isNull() {
        return node instanceof ScalarNode && org.yaml.snakeyaml.nodes.Tag.NULL.equals(node.getTag());
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping, in file order; duplicate keys are an error. */
    public Map<String, YamlNode> mapping(String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(what + " must be a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), source);
            String name = key.scalar("a key");
            if (entries.put(name, new YamlNode(tuple.getValueNode(), source)) != null) {
                throw key.error("duplicate key '" + Excerpt.of(name) + "'");
            }
        }
        return entries;
    }

    /** The line of a key of this mapping (0 when it is not one). */
    public int keyLine(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key)) {
                    return tuple.getKeyNode().getStartMark().getLine() + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The entries of a mapping whose keys must come from {@code known}; any other key is an
     * error naming the key and what was expected, so a typo is never silently ignored.
     */
    public Map<String, YamlNode> mapping(String what, Collection<String> known, Collection<String> required) {
        Map<String, YamlNode> entries = mapping(what);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!known.contains(name)) {
                    throw new YamlNode(tuple.getKeyNode(), source).error(unknownKey(name, what, known));
                }
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                throw error(what + " is missing the required key '" + key + "'");
            }
        }
        return entries;
    }

    public List<YamlNode> sequence(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(what + " must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, source));
        }
        return items;
    }

    public String scalar(String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(what + " must be a single value, not a list or mapping");
        }
        String value = scalar.getValue();
        if (value.length() > MAX_VALUE_LENGTH) {
            throw error(what + " is " + value.length() + " characters long; at most " + MAX_VALUE_LENGTH
                    + " are allowed ('" + Excerpt.of(value) + "')");
        }
        return value;
    }

    /** A non-blank text value. */
    public String text(String what) {
        String value = scalar(what).strip();
        if (value.isEmpty()) {
            throw error(what + " must not be empty");
        }
        return value;
    }

    /** A list of non-blank strings; a single value is accepted as a list of one. */
    public List<String> textList(String what) {
        if (node instanceof ScalarNode) {
            return List.of(text(what));
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence(what)) {
            values.add(item.text("each item of " + what));
        }
        return List.copyOf(values);
    }

    public boolean bool(String what) {
        String value = scalar(what);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(what + " must be true or false, not '" + Excerpt.of(value) + "'");
        };
    }

    public int integer(String what) {
        String value = scalar(what);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, not '" + Excerpt.of(value) + "'");
        }
    }

    /** "unknown key 'failon' in the configuration (did you mean 'failOn'? expected one of: ...)". */
    public static String unknownKey(String name, String what, Collection<String> known) {
        String expected = "expected one of: " + String.join(", ", new TreeSet<>(known));
        String nearest = NearestName.of(name, known)
                .map(n -> "did you mean '" + n + "'? ")
                .orElse("");
        return "unknown key '" + Excerpt.of(name) + "' in " + what + " (" + nearest + expected + ")";
    }

    /** A value that must be one of {@code allowed} (compared exactly), named in that order when it is not. */
    public String choice(String what, List<String> allowed) {
        String value = scalar(what).strip();
        if (!allowed.contains(value)) {
            throw error(what + " must be one of " + String.join(", ", allowed) + ", not '" + Excerpt.of(value) + "'"
                    + NearestName.hint(value, allowed));
        }
        return value;
    }
}
