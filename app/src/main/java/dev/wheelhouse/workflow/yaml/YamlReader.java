package dev.wheelhouse.workflow.yaml;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML text into positioned nodes through SnakeYAML Engine's compose API, never
 * re-serializing. Aliases become {@link YamlAlias} nodes that share the anchored node.
 *
 * <p>Limits: nesting deeper than GitHub's 50 levels ({@link DepthLimitedParser}), an alias bomb (aliases that expand to more nodes than GitHub's reader accepts) and
 * recursive aliases are refused with a message; the code point limit is raised so multi-megabyte
 * workflows load.
 */
public final class YamlReader {

    /** GitHub's YamlObjectReader refuses files that replay more than 50,000 nodes. */
    public static final int MAX_ALIAS_EXPANSION = 50_000;
    static final int MAX_ALIASES_FOR_COLLECTIONS = 200;
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

    private final SourceText source;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<YamlNode, Integer> sizes = new IdentityHashMap<>();
    private long aliasExpansion;

    private YamlReader(SourceText source) {
        this.source = source;
    }

    public static YamlDocument read(String text) throws YamlSyntaxException {
        SourceText source = new SourceText(text);
        return new YamlReader(source).readDocument();
    }

    private YamlDocument readDocument() throws YamlSyntaxException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("workflow")
                .setCodePointLimit(CODE_POINT_LIMIT)
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                // The reader copies its window on every refill; with the default 1 KB window a token
                // of n bytes (one long line, comment or scalar) costs n²/1 KB. Reading the whole text
                // into the window at once makes that linear.
                .setBufferSize(Math.max(1024, source.text().length() + 1))
                .build();
        Optional<Node> root;
        try {
            Parser parser = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, source.text())));
            root = new Composer(settings, parser).getSingleNode();
        } catch (DepthLimitedParser.TooDeep e) {
            int line = e.mark().map(m -> m.getLine() + 1).orElse(1);
            int column = e.mark().map(m -> m.getColumn() + 1).orElse(1);
            throw new YamlSyntaxException("Maximum object depth exceeded: the YAML nests deeper than "
                    + DepthLimitedParser.MAX_DEPTH + " levels, which GitHub refuses. Flatten the structure.",
                    line, column);
        } catch (MarkedYamlEngineException e) {
            throw positioned(e);
        } catch (YamlEngineException e) {
            throw new YamlSyntaxException(aliasCountMessage(e.getMessage()), 1, 1);
        }
        if (root.isEmpty()) {
            return new YamlDocument(source, Optional.empty());
        }
        try {
            return new YamlDocument(source, Optional.of(convert(root.get(), 0)));
        } catch (StackOverflowError e) {
            throw new YamlSyntaxException("The YAML is nested too deeply to read.", 1, 1);
        }
    }

    private YamlSyntaxException positioned(MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (e.getContext() != null && !e.getContext().isBlank()) {
            problem = e.getContext() + ": " + problem;
        }
        int line = mark.map(m -> m.getLine() + 1).orElse(1);
        int column = mark.map(m -> m.getColumn() + 1).orElse(1);
        return new YamlSyntaxException(aliasCountMessage(problem.strip()), line, column);
    }

    private static String aliasCountMessage(String message) {
        if (message != null && message.contains("MaxAliasesForCollections")) {
            return "The file uses more than " + MAX_ALIASES_FOR_COLLECTIONS
                    + " aliases of collections, refused as a likely alias bomb; write the values out.";
        }
        return message;
    }

    private YamlNode convert(Node node, int searchFrom) throws YamlSyntaxException {
        YamlNode done = converted.get(node);
        if (done != null) {
            return alias(done, searchFrom);
        }
        if (!inProgress.add(node)) {
            Span at = span(node);
            throw new YamlSyntaxException("An alias refers to a node that contains it (a recursive alias); "
                    + "GitHub cannot read it.", at.line(), at.column());
        }
        YamlNode result;
        if (node instanceof ScalarNode s) {
            result = scalar(s);
        } else if (node instanceof SequenceNode q) {
            List<YamlNode> items = new ArrayList<>();
            int from = source.charOffset(q.getStartMark().map(Mark::getIndex).orElse(0));
            for (Node item : q.getValue()) {
                YamlNode child = convert(item, from);
                items.add(child);
                from = child.contentEnd();
            }
            result = new YamlSequence(items, q.getFlowStyle() == FlowStyle.FLOW, span(q), anchor(node));
        } else {
            MappingNode m = (MappingNode) node;
            List<YamlEntry> entries = new ArrayList<>();
            int from = source.charOffset(m.getStartMark().map(Mark::getIndex).orElse(0));
            for (NodeTuple t : m.getValue()) {
                YamlNode key = convert(t.getKeyNode(), from);
                YamlNode value = convert(t.getValueNode(), key.contentEnd());
                entries.add(new YamlEntry(key, value));
                from = Math.max(value.contentEnd(), key.contentEnd());
            }
            result = new YamlMapping(entries, m.getFlowStyle() == FlowStyle.FLOW, span(m), anchor(node));
        }
        inProgress.remove(node);
        converted.put(node, result);
        return result;
    }

    private YamlScalar scalar(ScalarNode s) throws YamlSyntaxException {
        ScalarStyle style = switch (s.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
        };
        // An implicitly resolved tag came from SnakeYAML's resolver; only explicit ones count.
        Optional<String> tag = s.isResolved() ? Optional.empty() : Optional.of(s.getTag().getValue());
        Span span = span(s);
        Object typed;
        try {
            typed = ScalarTyping.type(s.getValue(), style, tag);
        } catch (IllegalArgumentException e) {
            throw new YamlSyntaxException(e.getMessage(), span.line(), span.column());
        }
        return new YamlScalar(s.getValue(), style, tag, typed, span, anchor(s));
    }

    /**
     * The composer resolved the alias to the anchored node itself; find the {@code *name} token
     * after {@code searchFrom} to give the alias its own position, and count what it replays.
     */
    private YamlNode alias(YamlNode target, int searchFrom) throws YamlSyntaxException {
        String name = target.anchor().orElse("");
        int at = source.text().indexOf("*" + name, searchFrom);
        int start = at >= 0 ? at : searchFrom;
        int end = at >= 0 ? at + name.length() + 1 : searchFrom;
        Span span = new Span(start, end, source.lineOf(start) + 1, source.column(start));
        aliasExpansion += size(target);
        if (aliasExpansion > MAX_ALIAS_EXPANSION) {
            throw new YamlSyntaxException("The aliases in this file expand to more than " + MAX_ALIAS_EXPANSION
                    + " nodes (an alias bomb); GitHub refuses it with \"Maximum YAML nodes exceeded\". "
                    + "Remove the nested aliases.", span.line(), span.column());
        }
        return new YamlAlias(name, target, span);
    }

    private int size(YamlNode node) {
        Integer known = sizes.get(node);
        if (known != null) {
            return known;
        }
        long total = 1;
        if (node instanceof YamlAlias a) {
            total = size(a.target());
        } else if (node instanceof YamlSequence q) {
            for (YamlNode item : q.items()) {
                total += size(item);
            }
        } else if (node instanceof YamlMapping m) {
            for (YamlEntry e : m.entries()) {
                total += size(e.key()) + size(e.value());
            }
        }
        int capped = (int) Math.min(total, Integer.MAX_VALUE);
        sizes.put(node, capped);
        return capped;
    }

    private Span span(Node node) {
        int start = source.charOffset(node.getStartMark().map(Mark::getIndex).orElse(0));
        int end = source.charOffset(node.getEndMark().map(Mark::getIndex).orElse(0));
        if (end < start) {
            end = start;
        }
        return new Span(start, end, source.lineOf(start) + 1, source.column(start));
    }

    private static Optional<String> anchor(Node node) {
        return node.getAnchor().map(a -> a.getValue());
    }
}
