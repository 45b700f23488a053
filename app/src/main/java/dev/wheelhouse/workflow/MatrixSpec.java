package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.Span;
import dev.wheelhouse.workflow.yaml.YamlAlias;
import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job's {@code strategy.matrix} as written: vectors in document order, the include and
 * exclude lists, and the parts computed by expressions (shown read-only with their text).
 *
 * <p>When the job's matrix is an alias ({@code matrix: *name}), {@link #node()} is the anchored
 * node: edits go there and change every job in {@link #sharedWith()} as well.
 *
 * @param valueNode  the matrix value as it appears in this job (possibly an alias)
 * @param node       the resolved matrix node, where edits apply
 * @param expression the text of the expression when the whole matrix is one
 * @param sharedWith ids of the other jobs whose matrix is the same node
 */
public record MatrixSpec(YamlNode valueNode, YamlNode node, List<MatrixVector> vectors,
                         Optional<MatrixEntries> include, Optional<MatrixEntries> exclude,
                         Optional<String> expression, List<String> sharedWith) {

    /** A part of the matrix computed at run time, with its text and position. */
    public record DynamicPart(String where, String expression, Span span) {
    }

    public MatrixSpec {
        vectors = List.copyOf(vectors);
        sharedWith = List.copyOf(sharedWith);
    }

    /** The job's {@code matrix:} is an alias of a matrix anchored elsewhere. */
    public boolean aliased() {
        return valueNode instanceof YamlAlias;
    }

    /** The anchor name on the matrix node, if it has one. */
    public Optional<String> anchor() {
        return node.anchor();
    }

    /** Any part is an expression evaluated at run time. */
    public boolean dynamic() {
        return !dynamicParts().isEmpty();
    }

    /** The vector with this name (compared case-insensitively, as GitHub does). */
    public Optional<MatrixVector> vector(String name) {
        return vectors.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> vectorNames() {
        return vectors.stream().map(MatrixVector::name).toList();
    }

    /** Every computed part, for read-only display. */
    public List<DynamicPart> dynamicParts() {
        List<DynamicPart> parts = new ArrayList<>();
        expression.ifPresent(e -> parts.add(new DynamicPart("matrix", e, node.span())));
        for (MatrixVector v : vectors) {
            if (v.expression().isPresent()) {
                parts.add(new DynamicPart("vector " + v.name(), v.expression().get(), v.valueNode().span()));
            } else if (dev.wheelhouse.workflow.expr.ExpressionTemplate.hasExpression(v.name())) {
                parts.add(new DynamicPart("vector key", v.name(), v.keyNode().span()));
            }
            for (MatrixValue value : v.values()) {
                value.expression().ifPresent(e -> parts.add(new DynamicPart("value of " + v.name(), e,
                        value.node().span())));
            }
        }
        include.ifPresent(list -> addEntryParts(parts, "include", list));
        exclude.ifPresent(list -> addEntryParts(parts, "exclude", list));
        return List.copyOf(parts);
    }

    private static void addEntryParts(List<DynamicPart> parts, String name, MatrixEntries list) {
        if (list.expression().isPresent()) {
            parts.add(new DynamicPart(name, list.expression().get(), list.valueNode().span()));
        }
        for (MatrixEntry e : list.entries()) {
            e.expression().ifPresent(x -> parts.add(new DynamicPart(name + " entry " + (e.index() + 1), x,
                    e.node().span())));
        }
    }

    MatrixSpec withSharedWith(List<String> jobIds) {
        return new MatrixSpec(valueNode, node, vectors, include, exclude, expression, jobIds);
    }
}
