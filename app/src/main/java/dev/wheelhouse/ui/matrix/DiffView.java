package dev.wheelhouse.ui.matrix;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.List;

/**
 * A unified diff, one line per row, coloured by kind. A ListView so that a diff of a 5 MB file
 * stays cheap to show (rows are virtual).
 */
public final class DiffView {

    private final ListView<String> lines = new ListView<>();

    public DiffView() {
        lines.getStyleClass().add("diff-view");
        lines.setId("diff-view");
        lines.setPlaceholder(placeholder());
        lines.setCellFactory(list -> new DiffLineCell());
    }

    public Node view() {
        return lines;
    }

    public void show(String unifiedDiff) {
        if (unifiedDiff == null || unifiedDiff.isEmpty()) {
            lines.getItems().clear();
            return;
        }
        lines.getItems().setAll(List.of(unifiedDiff.split("\n", -1)));
        if (lines.getItems().get(lines.getItems().size() - 1).isEmpty()) {
            lines.getItems().remove(lines.getItems().size() - 1);
        }
    }

    private static Label placeholder() {
        Label label = new Label("No changes. Click a cell or add a value to edit the matrix.");
        label.getStyleClass().add("empty-state");
        return label;
    }

    /** The style class for a diff line: what the user needs to see at a glance. */
    static String styleClassOf(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return "diff-file";
        }
        if (line.startsWith("@@")) {
            return "diff-hunk";
        }
        if (line.startsWith("+")) {
            return "diff-added";
        }
        if (line.startsWith("-")) {
            return "diff-removed";
        }
        return "diff-context";
    }

    private static final class DiffLineCell extends ListCell<String> {
        private static final List<String> KINDS = List.of("diff-file", "diff-hunk", "diff-added",
                "diff-removed", "diff-context");

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(KINDS);
            if (empty || line == null) {
                setText(null);
                return;
            }
            // Tabs and CR would render as boxes or collapse; show them as the user's bytes.
            setText(line.replace("\t", "→   ").replace("\r", "␍"));
            getStyleClass().add(styleClassOf(line));
        }
    }
}
