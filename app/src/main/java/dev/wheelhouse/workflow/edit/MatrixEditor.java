package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link MatrixEdit} to a workflow's text, replacing only the bytes the edit must:
 * indentation, quoting, flow or block style, comments and line endings everywhere else stay
 * byte for byte. Every result carries an inverse edit that is checked to restore the previous
 * text exactly.
 */
public final class MatrixEditor {

    private MatrixEditor() {
    }

    /**
     * Applies an edit.
     *
     * @throws EditException when the edit cannot be made, with a reason for the user; the text is
     *                       then unchanged
     */
    public static EditResult apply(String text, MatrixEdit edit) throws EditException {
        WorkflowDocument document = parse(text, "The workflow");
        return apply(document, edit);
    }

    public static EditResult apply(WorkflowDocument document, MatrixEdit edit) throws EditException {
        String text = document.text();
        Plan plan = plan(document, edit);
        String edited = Replacement.apply(text, plan.replacements());
        TextChange change = TextChange.between(text, edited);
        if (change.isEmpty()) {
            throw new EditException("The edit changes nothing.");
        }
        WorkflowDocument editedDocument = parse(edited, "The edited workflow");
        MatrixEdit inverse = plan.inverse();
        if (inverse == null || !restores(editedDocument, inverse, text)) {
            inverse = new MatrixEdit.ReplaceText(edit.jobId(), change.offset(), change.inserted(), change.removed(),
                    "Undo: " + edit.describe());
        }
        List<String> others = edit instanceof MatrixEdit.ReplaceText ? List.of()
                : document.job(edit.jobId()).flatMap(j -> j.matrix()).map(MatrixSpec::sharedWith).orElse(List.of());
        return new EditResult(edited, editedDocument, change, inverse, others);
    }

    /**
     * The literals for a combination's vector values, for {@link MatrixEdit.ExcludeCombination}
     * and {@link MatrixEdit.IncludeCombination}. The editor writes each value the way its vector
     * already does (an exclude entry reads {@code python: "3.10"} when the vector quotes it).
     */
    public static Map<String, ValueLiteral> literalsFor(MatrixCombination combination) {
        return literalsFor(combination.vectorValues());
    }

    /** Literals for vector values as data, e.g. an {@code ExcludedCombination}'s values. */
    public static Map<String, ValueLiteral> literalsFor(Map<String, Object> vectorValues) {
        Map<String, ValueLiteral> result = new LinkedHashMap<>();
        vectorValues.forEach((k, v) -> result.put(k, ValueLiteral.of(v)));
        return result;
    }

    private static boolean restores(WorkflowDocument edited, MatrixEdit inverse, String original) {
        try {
            return Replacement.apply(edited.text(), plan(edited, inverse).replacements()).equals(original);
        } catch (EditException | RuntimeException e) {
            return false;
        }
    }

    private static Plan plan(WorkflowDocument document, MatrixEdit edit) throws EditException {
        if (edit instanceof MatrixEdit.ReplaceText r) {
            if (!document.text().startsWith(r.expected(), r.offset())) {
                throw new EditException("The file changed since this edit was made; reload it and edit again.");
            }
            return Plan.of(new Replacement(r.offset(), r.offset() + r.expected().length(), r.replacement()), null);
        }
        EditTarget target = EditTarget.of(document, edit.jobId());
        if (edit instanceof MatrixEdit.AddValue e) {
            return VectorEdits.addValue(target, e);
        }
        if (edit instanceof MatrixEdit.RemoveValue e) {
            return VectorEdits.removeValue(target, e);
        }
        if (edit instanceof MatrixEdit.RenameValue e) {
            return VectorEdits.renameValue(target, e);
        }
        if (edit instanceof MatrixEdit.MoveValue e) {
            return VectorEdits.moveValue(target, e);
        }
        if (edit instanceof MatrixEdit.AddVector e) {
            return VectorEdits.addVector(target, e);
        }
        if (edit instanceof MatrixEdit.RemoveVector e) {
            return VectorEdits.removeVector(target, e);
        }
        if (edit instanceof MatrixEdit.ExcludeCombination e) {
            return EntryEdits.exclude(target, e);
        }
        if (edit instanceof MatrixEdit.IncludeCombination e) {
            return EntryEdits.include(target, e);
        }
        if (edit instanceof MatrixEdit.AddEntry e) {
            return EntryEdits.addEntry(target, e);
        }
        if (edit instanceof MatrixEdit.EditEntry e) {
            return EntryEdits.editEntry(target, e);
        }
        return EntryEdits.removeEntry(target, (MatrixEdit.RemoveEntry) edit);
    }

    private static WorkflowDocument parse(String text, String what) throws EditException {
        try {
            return WorkflowDocument.parse(text);
        } catch (WorkflowParseException e) {
            throw new EditException(what + " is not valid YAML at line " + e.line() + ", column " + e.column()
                    + " (" + e.problem() + "); fix the text before editing the matrix.");
        }
    }
}
