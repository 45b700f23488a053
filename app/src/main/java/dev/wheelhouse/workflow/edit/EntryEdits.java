package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.ExcludedCombination;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.MatrixFilter;
import dev.wheelhouse.workflow.MatrixValue;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Edits of include and exclude entries, and excluding or re-including one combination. */
final class EntryEdits {

    private EntryEdits() {
    }

    static Plan addEntry(EditTarget t, MatrixEdit.AddEntry e) throws EditException {
        if (e.entry().isEmpty()) {
            throw new EditException("An " + e.list().key() + " entry needs at least one key; GitHub refuses an empty one.");
        }
        Map<String, ValueLiteral> entry = e.list() == EntryList.EXCLUDE ? vectorKeys(t, e.entry()) : e.entry();
        Optional<YamlSequence> list = t.list(e.list());
        if (list.isEmpty()) {
            return Plan.of(createList(t, e.list(), entry), new MatrixEdit.RemoveEntry(e.jobId(), e.list(), 0));
        }
        YamlSequence seq = list.get();
        int n = seq.items().size();
        if (e.index() > n) {
            throw new EditException("The " + e.list().key() + " list has " + n + " entries; cannot add at position "
                    + (e.index() + 1) + ".");
        }
        int index = e.index() < 0 ? n : e.index();
        EntryStyle style = EntryStyle.of(t.text(), seq);
        Replacement r = seq.flow()
                ? FlowLayout.of(t.source, seq).insert(index == n ? -1 : index, new EntryStyle(true, style.spacedBraces()).flow(entry))
                : BlockLayout.of(t.source, seq).insert(index == n ? -1 : index, style.lines(entry));
        return Plan.of(r, new MatrixEdit.RemoveEntry(e.jobId(), e.list(), index));
    }

    static Plan removeEntry(EditTarget t, MatrixEdit.RemoveEntry e) throws EditException {
        YamlSequence seq = existing(t, e.list(), e.index());
        Replacement r;
        if (seq.items().size() == 1) {
            int entry = t.entryIndex(e.list().key());
            r = t.matrix.flow() ? FlowLayout.of(t.source, t.matrix).remove(entry)
                    : BlockLayout.of(t.source, t.matrix).remove(entry);
        } else {
            r = seq.flow() ? FlowLayout.of(t.source, seq).remove(e.index())
                    : BlockLayout.of(t.source, seq).remove(e.index());
        }
        return Plan.of(r, literals(t, seq.items().get(e.index()))
                .map(l -> (MatrixEdit) new MatrixEdit.AddEntry(e.jobId(), e.list(), l, e.index())).orElse(null));
    }

    static Plan editEntry(EditTarget t, MatrixEdit.EditEntry e) throws EditException {
        YamlSequence seq = existing(t, e.list(), e.index());
        if (e.entry().isEmpty()) {
            throw new EditException("An " + e.list().key() + " entry needs at least one key; remove it instead.");
        }
        Map<String, ValueLiteral> entry = e.list() == EntryList.EXCLUDE ? vectorKeys(t, e.entry()) : e.entry();
        YamlNode item = seq.items().get(e.index());
        Replacement r;
        if (seq.flow() || (item.resolved() instanceof YamlMapping m && m.flow())) {
            EntryStyle style = EntryStyle.of(t.text(), seq);
            r = new Replacement(item.span().start(), item.contentEnd(), new EntryStyle(true, style.spacedBraces()).flow(entry));
        } else {
            BlockLayout layout = BlockLayout.of(t.source, seq);
            String hang = t.source.lineBreak() + layout.indent(e.index()) + " ".repeat(layout.dashPrefix(e.index()).length());
            r = layout.replaceContent(e.index(), String.join(hang, EntryStyle.blockLines(entry)));
        }
        return Plan.of(r, literals(t, item)
                .map(l -> (MatrixEdit) new MatrixEdit.EditEntry(e.jobId(), e.list(), e.index(), l)).orElse(null));
    }

    /** Appends an exclude entry for the combination; it must hide at least one job still running. */
    static Plan exclude(EditTarget t, MatrixEdit.ExcludeCombination e) throws EditException {
        Map<String, ValueLiteral> entry = asWritten(t, vectorKeys(t, e.combination()));
        MatrixFilter filter = MatrixFilter.of(values(entry));
        MatrixExpansion expansion = MatrixExpander.expand(t.spec, ExpressionContext.pushToBranch());
        boolean hidesAJob = expansion.jobs().stream()
                .anyMatch(j -> j.origin() == MatrixCombination.Origin.CROSS_PRODUCT && filter.matches(j.vectorValues()));
        if (!hidesAJob) {
            boolean already = expansion.excluded().stream().anyMatch(x -> filter.matches(x.values()));
            throw new EditException(label(entry) + (already ? " is already excluded."
                    : " is not a combination of the matrix of job '" + t.job.id() + "'."));
        }
        Plan add = addEntry(t, new MatrixEdit.AddEntry(e.jobId(), EntryList.EXCLUDE, entry, -1));
        return new Plan(add.replacements(), new MatrixEdit.IncludeCombination(e.jobId(), entry));
    }

    /**
     * Re-includes excluded combinations by removing the one exclude entry that hides exactly
     * them; anything else is explained rather than guessed.
     */
    static Plan include(EditTarget t, MatrixEdit.IncludeCombination e) throws EditException {
        Map<String, ValueLiteral> given = vectorKeys(t, e.combination());
        MatrixFilter filter = MatrixFilter.of(values(given));
        MatrixExpansion expansion = MatrixExpander.expand(t.spec, ExpressionContext.pushToBranch());
        List<ExcludedCombination> hidden = expansion.excluded().stream().filter(x -> filter.matches(x.values())).toList();
        if (hidden.isEmpty()) {
            throw new EditException(label(given) + " is not excluded in job '" + t.job.id() + "'.");
        }
        Set<Integer> entries = new LinkedHashSet<>();
        hidden.forEach(x -> entries.addAll(x.excludeIndexes()));
        if (entries.size() > 1) {
            throw new EditException(label(given) + " is hidden by " + entries.size() + " exclude entries ("
                    + lines(t, entries) + "); edit or remove them yourself.");
        }
        int index = entries.iterator().next();
        long hiddenByEntry = expansion.excluded().stream().filter(x -> x.excludeIndexes().contains(index)).count();
        if (hiddenByEntry != hidden.size()) {
            throw new EditException("The exclude entry at " + lines(t, entries) + " also hides "
                    + (hiddenByEntry - hidden.size()) + " other combination" + (hiddenByEntry - hidden.size() == 1 ? "" : "s")
                    + "; edit that entry, or add an include entry for " + label(given) + ".");
        }
        Plan remove = removeEntry(t, new MatrixEdit.RemoveEntry(e.jobId(), EntryList.EXCLUDE, index));
        return new Plan(remove.replacements(), remove.inverse());
    }

    private static String lines(EditTarget t, Set<Integer> entries) throws EditException {
        YamlSequence seq = t.list(EntryList.EXCLUDE).orElseThrow();
        return "line " + String.join(", line ", entries.stream()
                .map(i -> Integer.toString(seq.items().get(i).span().line())).toList());
    }

    private static YamlSequence existing(EditTarget t, EntryList which, int index) throws EditException {
        YamlSequence seq = t.list(which).orElseThrow(() -> new EditException("Job '" + t.job.id() + "' has no "
                + which.key() + " list."));
        if (index < 0 || index >= seq.items().size()) {
            throw new EditException("The " + which.key() + " list has no entry " + (index + 1) + ".");
        }
        return seq;
    }

    /** A new include/exclude key at the end of the matrix, written like the other list or the vectors. */
    private static Replacement createList(EditTarget t, EntryList which, Map<String, ValueLiteral> entry)
            throws EditException {
        EntryList other = which == EntryList.INCLUDE ? EntryList.EXCLUDE : EntryList.INCLUDE;
        Optional<YamlSequence> sibling = t.list(other);
        if (t.matrix.flow()) {
            EntryStyle style = sibling.map(s -> EntryStyle.of(t.text(), s)).orElse(new EntryStyle(true, false));
            return FlowLayout.of(t.source, t.matrix).insert(-1,
                    which.key() + ": [" + new EntryStyle(true, style.spacedBraces()).flow(entry) + "]");
        }
        EntryStyle style = sibling.filter(s -> !s.flow()).map(s -> EntryStyle.of(t.text(), s)).orElse(EntryStyle.BLOCK);
        String relative = "  ";
        Optional<Integer> reference = sibling.filter(s -> !s.flow()).map(s -> t.entryIndex(other.key()));
        if (reference.isEmpty()) {
            for (MatrixVector v : t.spec.vectors()) {
                if (v.valueNode().resolved() instanceof YamlSequence s && !s.flow() && !s.items().isEmpty()) {
                    reference = Optional.of(t.entryIndex(v.name()));
                    break;
                }
            }
        }
        if (reference.isPresent()) {
            YamlSequence like = (YamlSequence) t.matrix.entries().get(reference.get()).value().resolved();
            relative = VectorEdits.relativeDashIndent(t, reference.get(), like);
        }
        List<String> lines = new ArrayList<>();
        lines.add(which.key() + ":");
        List<String> entryLines = style.lines(entry);
        for (int i = 0; i < entryLines.size(); i++) {
            lines.add(relative + (i == 0 ? "- " : "  ") + entryLines.get(i));
        }
        return BlockLayout.of(t.source, t.matrix).insert(-1, lines);
    }

    /** Exclude keys must name vectors; they are written with the vector's own spelling. */
    private static Map<String, ValueLiteral> vectorKeys(EditTarget t, Map<String, ValueLiteral> entry) throws EditException {
        Map<String, ValueLiteral> result = new LinkedHashMap<>();
        for (Map.Entry<String, ValueLiteral> kv : entry.entrySet()) {
            MatrixVector v = t.vector(kv.getKey());
            result.put(v.name(), kv.getValue());
        }
        return result;
    }

    /** Values equal to a vector item are written exactly as that item is, so quoting matches. */
    private static Map<String, ValueLiteral> asWritten(EditTarget t, Map<String, ValueLiteral> entry) throws EditException {
        Map<String, ValueLiteral> result = new LinkedHashMap<>();
        for (MatrixVector v : t.spec.vectors()) {
            ValueLiteral given = entry.get(v.name());
            if (given == null) {
                continue;
            }
            List<MatrixValue> same = v.values().stream().filter(x -> Objects.equals(x.value(), given.value())).toList();
            if (same.isEmpty()) {
                // GitHub compares loosely ('3.10' == 3.10), so one loosely equal value is the one meant.
                List<MatrixValue> loose = v.values().stream()
                        .filter(x -> ExpressionValues.looseEquals(x.value(), given.value())).toList();
                same = loose.size() == 1 ? loose : List.of();
            }
            ValueLiteral written = same.isEmpty() ? given
                    : VectorEdits.literal(t, same.get(0).node()).orElse(ValueLiteral.of(same.get(0).value()));
            result.put(v.name(), written);
        }
        return result;
    }

    private static Map<String, Object> values(Map<String, ValueLiteral> entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        entry.forEach((k, v) -> values.put(k, v.value()));
        return values;
    }

    /** An entry's keys with each value's own text, when every value fits on one line. */
    private static Optional<Map<String, ValueLiteral>> literals(EditTarget t, YamlNode item) {
        if (!(item.resolved() instanceof YamlMapping m)) {
            return Optional.empty();
        }
        Map<String, ValueLiteral> result = new LinkedHashMap<>();
        for (YamlEntry e : m.entries()) {
            Optional<ValueLiteral> l = VectorEdits.literal(t, e.value());
            if (l.isEmpty()) {
                return Optional.empty();
            }
            result.put(YamlData.keyString(e.key()), l.get());
        }
        return Optional.of(result);
    }

    private static String label(Map<String, ValueLiteral> values) {
        return "(" + String.join(", ", values.values().stream().map(ValueLiteral::text).toList()) + ")";
    }
}
