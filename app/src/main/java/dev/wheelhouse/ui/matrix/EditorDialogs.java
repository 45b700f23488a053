package dev.wheelhouse.ui.matrix;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The small questions the editor asks: a value, a vector, an include or exclude entry. */
final class EditorDialogs {

    private EditorDialogs() {
    }

    static Optional<String> askValue(Window owner, String title, String vector, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title + " — " + vector);
        dialog.setContentText("Value (YAML: 3.10 is the number 3.1, '3.10' the string):");
        dialog.getEditor().setId("value-input");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A new vector: its name, then its values separated by commas. */
    static Optional<Map.Entry<String, List<String>>> askVector(Window owner) {
        TextInputDialog dialog = new TextInputDialog("arch: x86_64, arm64");
        dialog.initOwner(owner);
        dialog.setTitle("Add a vector");
        dialog.setHeaderText("A new matrix vector: every job runs once per value.");
        dialog.setContentText("name: value, value, …");
        return dialog.showAndWait().flatMap(text -> {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String name = text.substring(0, colon).strip();
            List<String> values = List.of(text.substring(colon + 1).split(",")).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return values.isEmpty() ? Optional.empty() : Optional.of(Map.entry(name, values));
        });
    }

    /** An include/exclude entry as "key: value" lines. */
    static Optional<Map<String, String>> askEntry(Window owner, String title, Map<String, String> initial,
                                                  List<String> vectorNames) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextArea text = new TextArea();
        text.setId("entry-input");
        text.setPrefRowCount(6);
        StringBuilder start = new StringBuilder();
        if (initial.isEmpty()) {
            vectorNames.forEach(v -> start.append(v).append(": \n"));
        } else {
            initial.forEach((k, v) -> start.append(k).append(": ").append(v).append('\n'));
        }
        text.setText(start.toString());
        Label help = new Label("One key: value per line. Keys that name a vector select jobs; other keys add values.");
        help.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, help, text));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? parseEntry(text.getText()) : null);
        return dialog.showAndWait().filter(m -> !m.isEmpty());
    }

    static Map<String, String> parseEntry(String text) {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!key.isEmpty() && !value.isEmpty()) {
                entry.put(key, value);
            }
        }
        return entry;
    }
}
