package dev.wheelhouse.workflow.edit;

import java.util.List;

/**
 * What an edit will do to the text, and the matrix-level edit expected to undo it (null when
 * only a text-level restore can; the editor checks the inverse restores the bytes exactly).
 */
record Plan(List<Replacement> replacements, MatrixEdit inverse) {

    Plan {
        replacements = List.copyOf(replacements);
    }

    static Plan of(Replacement replacement, MatrixEdit inverse) {
        return new Plan(List.of(replacement), inverse);
    }
}
