package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.MatrixValue;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Edits of vectors and their values. */
final class VectorEdits {

    private VectorEdits() {
    }

    static Plan addValue(EditTarget t, MatrixEdit.AddValue e) throws EditException {
        MatrixVector v = t.vector(e.vector());
        YamlSequence seq = t.vectorValues(v);
        int n = seq.items().size();
        if (e.index() > n) {
            throw new EditException("Vector '" + v.name() + "' has " + n + " values; cannot add at position " + (e.index() + 1) + ".");
        }
        int index = e.index() < 0 ? n : e.index();
        if (v.values().stream().anyMatch(x -> Objects.equals(x.value(), e.value().value()))) {
            throw new EditException(e.value().text() + " is already a value of '" + v.name() + "'.");
        }
        ValueLiteral value = styled(e.value(), seq);
        Replacement r;
        if (seq.flow()) {
            r = FlowLayout.of(t.source, seq).insert(index == n ? -1 : index, value.text());
        } else {
            r = BlockLayout.of(t.source, seq).insert(index == n ? -1 : index, valueLines(value, seq));
        }
        return Plan.of(r, new MatrixEdit.RemoveValue(e.jobId(), v.name(), index));
    }

    static Plan removeValue(EditTarget t, MatrixEdit.RemoveValue e) throws EditException {
        MatrixVector v = t.vector(e.vector());
        YamlSequence seq = t.vectorValues(v);
        checkIndex(v, e.index());
        if (seq.items().size() == 1) {
            throw new EditException("'" + v.name() + "' has only this value; GitHub refuses an empty vector, so remove "
                    + "the vector instead.");
        }
        Replacement r = seq.flow() ? FlowLayout.of(t.source, seq).remove(e.index())
                : BlockLayout.of(t.source, seq).remove(e.index());
        MatrixValue old = v.values().get(e.index());
        return Plan.of(r, literal(t, old.node())
                .map(l -> (MatrixEdit) new MatrixEdit.AddValue(e.jobId(), v.name(), l, e.index())).orElse(null));
    }

    static Plan renameValue(EditTarget t, MatrixEdit.RenameValue e) throws EditException {
        MatrixVector v = t.vector(e.vector());
        YamlSequence seq = t.vectorValues(v);
        checkIndex(v, e.index());
        YamlNode item = seq.items().get(e.index());
        ValueLiteral value = e.value();
        if (item.resolved() instanceof YamlScalar s && s.style().quoted()) {
            value = value.quotedLike(s.style() == dev.wheelhouse.workflow.yaml.ScalarStyle.SINGLE_QUOTED ? '\'' : '"');
        }
        Replacement r = new Replacement(item.span().start(), item.contentEnd(), value.text());
        return Plan.of(r, literal(t, item)
                .map(l -> (MatrixEdit) new MatrixEdit.RenameValue(e.jobId(), v.name(), e.index(), l)).orElse(null));
    }

    static Plan moveValue(EditTarget t, MatrixEdit.MoveValue e) throws EditException {
        MatrixVector v = t.vector(e.vector());
        YamlSequence seq = t.vectorValues(v);
        checkIndex(v, e.from());
        checkIndex(v, e.to());
        if (e.from() == e.to()) {
            throw new EditException("The value is already at position " + (e.to() + 1) + ".");
        }
        List<Replacement> r = seq.flow() ? FlowLayout.of(t.source, seq).move(e.from(), e.to())
                : List.of(BlockLayout.of(t.source, seq).move(e.from(), e.to()));
        return new Plan(r, new MatrixEdit.MoveValue(e.jobId(), v.name(), e.to(), e.from()));
    }

    static Plan addVector(EditTarget t, MatrixEdit.AddVector e) throws EditException {
        String name = e.vector();
        if (name.isBlank() || name.equals("include") || name.equals("exclude")) {
            throw new EditException("'" + name + "' cannot name a vector.");
        }
        if (t.spec.vector(name).isPresent()) {
            throw new EditException("Job '" + t.job.id() + "' already has a vector '" + name + "'.");
        }
        if (e.values().isEmpty()) {
            throw new EditException("A vector needs at least one value; GitHub refuses an empty one.");
        }
        List<Integer> vectorEntries = vectorEntryIndexes(t.matrix);
        int position;
        int reference;
        if (e.index() >= 0 && e.index() < vectorEntries.size()) {
            position = vectorEntries.get(e.index());
            reference = position;
        } else {
            position = vectorEntries.isEmpty() ? 0 : vectorEntries.get(vectorEntries.size() - 1) + 1;
            reference = vectorEntries.isEmpty() ? -1 : vectorEntries.get(vectorEntries.size() - 1);
        }
        YamlSequence like = reference >= 0 && t.matrix.entries().get(reference).value().resolved() instanceof YamlSequence s
                ? s : null;
        List<ValueLiteral> values = new ArrayList<>();
        for (ValueLiteral l : e.values()) {
            values.add(like == null ? l : styled(l, like));
        }
        String key = EntryStyle.key(name);
        MatrixEdit inverse = new MatrixEdit.RemoveVector(e.jobId(), name);
        if (t.matrix.flow()) {
            int at = position >= t.matrix.entries().size() ? -1 : position;
            return Plan.of(FlowLayout.of(t.source, t.matrix).insert(at, key + ": " + flowList(values)), inverse);
        }
        List<String> lines = new ArrayList<>();
        if (like != null && !like.flow()) {
            lines.add(key + ":");
            String relative = relativeDashIndent(t, reference, like);
            values.forEach(v -> lines.add(relative + "- " + v.text()));
        } else {
            lines.add(key + ": " + flowList(values));
        }
        int at = position >= t.matrix.entries().size() ? -1 : position;
        return Plan.of(BlockLayout.of(t.source, t.matrix).insert(at, lines), inverse);
    }

    static Plan removeVector(EditTarget t, MatrixEdit.RemoveVector e) throws EditException {
        MatrixVector v = t.vector(e.vector());
        int entry = t.entryIndex(v.name());
        if (t.matrix.entries().size() == 1) {
            throw new EditException("'" + v.name() + "' is the only key of the matrix; a matrix needs at least one "
                    + "vector or include entry.");
        }
        Replacement r = t.matrix.flow() ? FlowLayout.of(t.source, t.matrix).remove(entry)
                : BlockLayout.of(t.source, t.matrix).remove(entry);
        List<ValueLiteral> values = new ArrayList<>();
        boolean exact = v.valueNode().resolved() instanceof YamlSequence;
        if (exact) {
            for (YamlNode item : ((YamlSequence) v.valueNode().resolved()).items()) {
                var l = literal(t, item);
                if (l.isEmpty()) {
                    exact = false;
                    break;
                }
                values.add(l.get());
            }
        }
        int vectorIndex = t.spec.vectors().indexOf(v);
        return Plan.of(r, exact ? new MatrixEdit.AddVector(e.jobId(), v.name(), values, vectorIndex) : null);
    }

    private static List<Integer> vectorEntryIndexes(YamlMapping matrix) {
        List<Integer> result = new ArrayList<>();
        List<YamlEntry> entries = matrix.entries();
        for (int i = 0; i < entries.size(); i++) {
            String key = YamlData.keyString(entries.get(i).key());
            if (!key.equals("include") && !key.equals("exclude")) {
                result.add(i);
            }
        }
        return result;
    }

    /** The dash column of a block sequence relative to its key's column. */
    static String relativeDashIndent(EditTarget t, int entryIndex, YamlSequence seq) {
        YamlNode key = t.matrix.entries().get(entryIndex).key();
        int keyColumn = key.span().start() - t.source.lineStart(t.source.lineOf(key.span().start()));
        int dashColumn = BlockLayout.of(t.source, seq).indent(0).length();
        return " ".repeat(Math.max(0, dashColumn - keyColumn));
    }

    private static String flowList(List<ValueLiteral> values) {
        return "[" + String.join(", ", values.stream().map(ValueLiteral::text).toList()) + "]";
    }

    private static void checkIndex(MatrixVector v, int index) throws EditException {
        if (index < 0 || index >= v.values().size()) {
            throw new EditException("Vector '" + v.name() + "' has no value at position " + (index + 1) + ".");
        }
    }

    /** Quote a plainly written string like its neighbours when they all share one quote style. */
    static ValueLiteral styled(ValueLiteral value, YamlSequence seq) {
        char quote = EntryStyle.quoteOf(seq);
        return quote != 0 ? value.quotedLike(quote) : value;
    }

    private static List<String> valueLines(ValueLiteral value, YamlSequence seq) {
        boolean blockMappings = !seq.items().isEmpty() && seq.items().get(0).resolved() instanceof YamlMapping m && !m.flow();
        if (blockMappings && value.value() instanceof Map<?, ?> map) {
            Map<String, ValueLiteral> entry = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> entry.put(String.valueOf(k), ValueLiteral.of(v)));
            return EntryStyle.blockLines(entry);
        }
        return List.of(value.text());
    }

    /** The item's own text as a literal, when it fits on one line. */
    static java.util.Optional<ValueLiteral> literal(EditTarget t, YamlNode node) {
        String raw = t.raw(node);
        if (raw.contains("\n") || raw.contains("\r")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ValueLiteral(raw, YamlData.toData(node)));
    }
}
