package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.edit.EntryList;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.ValueLiteral;
import dev.wheelhouse.workflow.grid.GridCell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the user typed or clicked, turned into matrix edits. Each edit is made from the document
 * as it will stand when its turn in the queue comes ({@code Function<EditorSnapshot, MatrixEdit>}),
 * for the job selected then. Text that is not a YAML value is refused here, before anything is
 * queued, with a message for the banner ({@link IllegalArgumentException}).
 */
final class EditCommands {

    private EditCommands() {
    }

    /**
     * A click on a grid cell: exclude a running combination, bring back an excluded one, remove the
     * include entry that made one; {@code null} for a cell that cannot be edited this way.
     */
    static Function<EditorSnapshot, MatrixEdit> toggle(GridCell cell, EditorSnapshot shown) {
        String jobId = jobId(shown);
        return switch (cell.state()) {
            case NORMAL -> s -> new MatrixEdit.ExcludeCombination(jobId, literals(s, cell.values()));
            case EXCLUDED -> s -> new MatrixEdit.IncludeCombination(jobId, literals(s, cell.values()));
            case INCLUDED -> {
                MatrixCombination combination = shown.selected().get().expansion().jobs().get(cell.jobIndexes().get(0));
                yield s -> new MatrixEdit.RemoveEntry(jobId, EntryList.INCLUDE, combination.includeIndex());
            }
            case DYNAMIC, EMPTY -> null;
        };
    }

    static Function<EditorSnapshot, MatrixEdit> addValue(String vector, String yamlText) {
        ValueLiteral value = literal(yamlText);
        return s -> new MatrixEdit.AddValue(jobId(s), vector, value);
    }

    static Function<EditorSnapshot, MatrixEdit> renameValue(String vector, int index, String yamlText) {
        ValueLiteral value = literal(yamlText);
        return s -> new MatrixEdit.RenameValue(jobId(s), vector, index, value);
    }

    static Function<EditorSnapshot, MatrixEdit> addVector(String vector, List<String> yamlValues) {
        List<ValueLiteral> values = yamlValues.stream().map(EditCommands::literal).toList();
        return s -> new MatrixEdit.AddVector(jobId(s), vector, values, -1);
    }

    static Function<EditorSnapshot, MatrixEdit> addEntry(EntryRow.Kind kind, Map<String, String> yamlValues) {
        Map<String, ValueLiteral> entry = entry(yamlValues);
        return s -> new MatrixEdit.AddEntry(jobId(s), list(kind), entry, -1);
    }

    static Function<EditorSnapshot, MatrixEdit> editEntry(EntryRow.Kind kind, int index,
                                                          Map<String, String> yamlValues) {
        Map<String, ValueLiteral> entry = entry(yamlValues);
        return s -> new MatrixEdit.EditEntry(jobId(s), list(kind), index, entry);
    }

    static String jobId(EditorSnapshot s) {
        return s.selected().orElseThrow().job().id();
    }

    static EntryList list(EntryRow.Kind kind) {
        return kind == EntryRow.Kind.INCLUDE ? EntryList.INCLUDE : EntryList.EXCLUDE;
    }

    /** The literals of a cell's combination, in vector order so the exclude entry reads naturally. */
    private static Map<String, ValueLiteral> literals(EditorSnapshot s, Map<String, Object> values) {
        Map<String, ValueLiteral> ordered = new LinkedHashMap<>();
        MatrixSpec spec = s.selected().orElseThrow().job().matrix().orElseThrow();
        for (String vector : spec.vectorNames()) {
            values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(vector)).findFirst()
                    .ifPresent(e -> ordered.put(e.getKey(), ValueLiteral.of(e.getValue())));
        }
        return ordered;
    }

    private static Map<String, ValueLiteral> entry(Map<String, String> yamlValues) {
        Map<String, ValueLiteral> entry = new LinkedHashMap<>();
        yamlValues.forEach((key, value) -> entry.put(key, literal(value)));
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("An entry needs at least one key and value.");
        }
        return entry;
    }

    private static ValueLiteral literal(String yaml) {
        try {
            return ValueLiteral.parse(yaml);
        } catch (EditException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
