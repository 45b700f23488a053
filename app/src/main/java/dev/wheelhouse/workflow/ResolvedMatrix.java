package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.Unknown;
import dev.wheelhouse.workflow.yaml.Span;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matrix after its expressions are evaluated, still knowing where each part came from so
 * problems can point at it. Everything below an entry's keys is plain data.
 */
record ResolvedMatrix(List<Vector> vectors, Optional<Entries> include, Optional<Entries> exclude, Span span) {

    /** A vector: its name and its value (a List when valid). */
    record Vector(String name, Object value, Span keySpan, Span valueSpan) {
    }

    /** An include/exclude list: its value when it is not a list, else its items. */
    record Entries(Object invalidValue, List<Item> items, Span span) {
    }

    /** An include/exclude item: a Map when valid, with the position of each key. */
    record Item(Object value, Span span, Map<String, Span> keySpans) {
    }

    /** Thrown when something the matrix needs is unknown until the run. */
    static final class Dynamic extends Exception {
        Dynamic(String reason) {
            super(reason);
        }
    }

    /** Resolves a spec's node, evaluating expressions; the whole matrix may be one expression. */
    static ResolvedMatrix resolve(MatrixSpec spec, NodeEvaluator nodes) throws NodeEvaluator.Invalid, Dynamic {
        YamlNode node = spec.node();
        if (!(node instanceof YamlMapping mapping)) {
            Object value = nodes.evaluate(node);
            if (value == Unknown.VALUE) {
                throw new Dynamic(dynamicReason(spec.expression().orElse("the matrix")));
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new NodeEvaluator.Invalid(Problem.error(node.span(),
                        "The matrix must be a mapping of vectors (with optional include and exclude); "
                                + "Matrix must define at least one vector"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) map;
            return fromData(data, node.span());
        }
        List<Vector> vectors = new ArrayList<>();
        Optional<Entries> include = Optional.empty();
        Optional<Entries> exclude = Optional.empty();
        for (YamlEntry e : mapping.entries()) {
            Object key = nodes.key(e.key());
            if (key == Unknown.VALUE) {
                throw new Dynamic(dynamicReason(e.key().scalarText().orElse("a vector name")));
            }
            if (key.equals("include") || key.equals("exclude")) {
                Entries entries = entries(e.value(), nodes, (String) key);
                if (key.equals("include")) {
                    include = Optional.of(entries);
                } else {
                    exclude = Optional.of(entries);
                }
                continue;
            }
            Object value = nodes.evaluate(e.value());
            if (value == Unknown.VALUE) {
                throw new Dynamic(dynamicReason(e.value().scalarText().orElse("vector " + key)));
            }
            vectors.add(new Vector((String) key, value, e.key().span(), e.value().span()));
        }
        return new ResolvedMatrix(vectors, include, exclude, mapping.span());
    }

    private static Entries entries(YamlNode listNode, NodeEvaluator nodes, String which)
            throws NodeEvaluator.Invalid, Dynamic {
        YamlNode list = listNode.resolved();
        if (!(list instanceof YamlSequence seq)) {
            Object value = nodes.evaluate(list);
            if (value == Unknown.VALUE) {
                throw new Dynamic(dynamicReason(list.scalarText().orElse(which)));
            }
            return entriesFromData(value, list.span());
        }
        List<Item> items = new ArrayList<>();
        for (YamlNode itemNode : seq.items()) {
            Object value = nodes.evaluate(itemNode);
            if (value == Unknown.VALUE) {
                throw new Dynamic(dynamicReason(itemNode.scalarText().orElse(which + " entry")));
            }
            if (value instanceof List<?> spliced && NodeEvaluator.isSingleExpression(itemNode)) {
                for (Object v : spliced) {
                    items.add(new Item(v, itemNode.span(), Map.of()));
                }
                continue;
            }
            Map<String, Span> keySpans = new LinkedHashMap<>();
            if (itemNode.resolved() instanceof YamlMapping m) {
                for (YamlEntry kv : m.entries()) {
                    Object k = nodes.key(kv.key());
                    if (k instanceof String s) {
                        keySpans.putIfAbsent(s, kv.key().span());
                    }
                }
            }
            items.add(new Item(value, itemNode.span(), keySpans));
        }
        return new Entries(null, items, list.span());
    }

    /** A matrix given as data (from an expression, or built directly), every part at one span. */
    static ResolvedMatrix fromData(Map<String, Object> data, Span span) {
        List<Vector> vectors = new ArrayList<>();
        Optional<Entries> include = Optional.empty();
        Optional<Entries> exclude = Optional.empty();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            if (e.getKey().equals("include")) {
                include = Optional.of(entriesFromData(e.getValue(), span));
            } else if (e.getKey().equals("exclude")) {
                exclude = Optional.of(entriesFromData(e.getValue(), span));
            } else {
                vectors.add(new Vector(e.getKey(), e.getValue(), span, span));
            }
        }
        return new ResolvedMatrix(vectors, include, exclude, span);
    }

    private static Entries entriesFromData(Object value, Span span) {
        if (!(value instanceof List<?> list)) {
            return new Entries(value == null ? Missing.VALUE : value, List.of(), span);
        }
        List<Item> items = new ArrayList<>();
        for (Object v : list) {
            items.add(new Item(v, span, Map.of()));
        }
        return new Entries(null, items, span);
    }

    /** Marks an include/exclude whose value is null (written but empty). */
    enum Missing { VALUE }

    private static String dynamicReason(String text) {
        return "computed at run time from " + text.strip();
    }
}
