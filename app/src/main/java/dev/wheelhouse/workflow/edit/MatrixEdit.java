package dev.wheelhouse.workflow.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to a job's matrix. {@link MatrixEditor} applies it by replacing only the bytes it
 * must and returns the inverse edit. Indexes are 0-based; an index of -1 means "at the end".
 * Combinations and entries map keys to values in the order they should be written.
 */
public sealed interface MatrixEdit {

    /** The job whose matrix changes (with an aliased matrix, every job sharing it changes). */
    String jobId();

    /** A short description for an undo menu or a commit message. */
    String describe();

    record AddValue(String jobId, String vector, ValueLiteral value, int index) implements MatrixEdit {
        public AddValue(String jobId, String vector, ValueLiteral value) {
            this(jobId, vector, value, -1);
        }

        @Override
        public String describe() {
            return "Add " + value.text() + " to " + vector;
        }
    }

    record RemoveValue(String jobId, String vector, int index) implements MatrixEdit {
        @Override
        public String describe() {
            return "Remove value " + (index + 1) + " of " + vector;
        }
    }

    record RenameValue(String jobId, String vector, int index, ValueLiteral value) implements MatrixEdit {
        @Override
        public String describe() {
            return "Change value " + (index + 1) + " of " + vector + " to " + value.text();
        }
    }

    record MoveValue(String jobId, String vector, int from, int to) implements MatrixEdit {
        @Override
        public String describe() {
            return "Move value " + (from + 1) + " of " + vector + " to position " + (to + 1);
        }
    }

    record AddVector(String jobId, String vector, List<ValueLiteral> values, int index) implements MatrixEdit {
        public AddVector {
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "Add vector " + vector;
        }
    }

    record RemoveVector(String jobId, String vector) implements MatrixEdit {
        @Override
        public String describe() {
            return "Remove vector " + vector;
        }
    }

    /** Appends an exclude entry for exactly this combination, creating {@code exclude:} if absent. */
    record ExcludeCombination(String jobId, Map<String, ValueLiteral> combination) implements MatrixEdit {
        public ExcludeCombination {
            combination = ordered(combination);
        }

        @Override
        public String describe() {
            return "Exclude " + MatrixEdit.label(combination);
        }
    }

    /** Re-includes an excluded combination by removing the exclude entry that hides only it. */
    record IncludeCombination(String jobId, Map<String, ValueLiteral> combination) implements MatrixEdit {
        public IncludeCombination {
            combination = ordered(combination);
        }

        @Override
        public String describe() {
            return "Re-include " + MatrixEdit.label(combination);
        }
    }

    record AddEntry(String jobId, EntryList list, Map<String, ValueLiteral> entry, int index) implements MatrixEdit {
        public AddEntry {
            entry = ordered(entry);
        }

        @Override
        public String describe() {
            return "Add " + list.key() + " entry " + MatrixEdit.label(entry);
        }
    }

    record EditEntry(String jobId, EntryList list, int index, Map<String, ValueLiteral> entry) implements MatrixEdit {
        public EditEntry {
            entry = ordered(entry);
        }

        @Override
        public String describe() {
            return "Change " + list.key() + " entry " + (index + 1) + " to " + MatrixEdit.label(entry);
        }
    }

    record RemoveEntry(String jobId, EntryList list, int index) implements MatrixEdit {
        @Override
        public String describe() {
            return "Remove " + list.key() + " entry " + (index + 1);
        }
    }

    /**
     * Replace the exact text {@code expected} at {@code offset} with {@code replacement}. The
     * editor returns this as the inverse when no matrix-level edit would restore the bytes exactly
     * (irregular spacing, a comment on a removed line).
     */
    record ReplaceText(String jobId, int offset, String expected, String replacement, String description)
            implements MatrixEdit {
        @Override
        public String describe() {
            return description;
        }
    }

    private static Map<String, ValueLiteral> ordered(Map<String, ValueLiteral> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static String label(Map<String, ValueLiteral> values) {
        return "(" + String.join(", ", values.values().stream().map(ValueLiteral::text).toList()) + ")";
    }
}
