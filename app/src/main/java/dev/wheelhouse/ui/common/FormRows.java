package dev.wheelhouse.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A form's rows: a label and its field. The label names the field for screen readers
 * ({@code labelFor}) and is never cut ("Commit m…"): its column is at least as wide as its text.
 */
public final class FormRows {

    private FormRows() {
    }

    /** Adds {@code text} and {@code field} as row {@code row} of {@code form}; returns the label. */
    public static Label add(GridPane form, int row, String text, Node field) {
        return add(form, row, text, field, field);
    }

    /** The same, with the field inside {@code cell} (a field with a button beside it). */
    public static Label add(GridPane form, int row, String text, Node field, Node cell) {
        Label label = label(text, field);
        form.addRow(row, label, cell);
        return label;
    }

    /** A label naming {@code field}, never narrower than its text. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
