package dev.wheelhouse.ui.common;

import dev.wheelhouse.runs.dispatch.InputProblem;
import dev.wheelhouse.workflow.DispatchInput;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The typed form for a workflow's {@code workflow_dispatch} inputs: text for strings, a check box
 * for booleans, a list for choices and environments, a spinner for numbers; required inputs are
 * marked and defaults filled in. Problems found before sending show under their field.
 */
public final class DispatchForm {

    private final GridPane grid = new GridPane();
    private final Map<String, Supplier<String>> readers = new LinkedHashMap<>();
    private final Map<String, Label> problemLabels = new LinkedHashMap<>();

    public DispatchForm(List<DispatchInput> inputs, List<String> environments) {
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("dispatch-form");
        int row = 0;
        if (inputs.isEmpty()) {
            grid.add(new Label("This workflow takes no inputs."), 0, 0, 2, 1);
        }
        for (DispatchInput input : inputs) {
            Label name = new Label(input.name() + (input.required() ? " *" : ""));
            name.getStyleClass().add("dispatch-input-name");
            Control control = control(input, environments);
            control.setId("input-" + input.name());
            if (input.description() != null && !input.description().isBlank()) {
                control.setTooltip(new Tooltip(input.description()));
            }
            Label problem = new Label();
            problem.getStyleClass().add("dispatch-input-problem");
            problem.setVisible(false);
            problem.setManaged(false);
            problemLabels.put(input.name(), problem);
            VBox field = new VBox(2, control);
            if (input.description() != null && !input.description().isBlank()) {
                Label help = new Label(input.description());
                help.setWrapText(true);
                help.getStyleClass().add("text-muted");
                field.getChildren().add(help);
            }
            field.getChildren().add(problem);
            grid.addRow(row++, name, field);
        }
    }

    private Control control(DispatchInput input, List<String> environments) {
        String type = input.type() == null ? "string" : input.type();
        Object fallback = input.defaultValue();
        switch (type) {
            case "boolean" -> {
                CheckBox box = new CheckBox();
                box.setSelected(fallback instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(fallback)));
                readers.put(input.name(), () -> String.valueOf(box.isSelected()));
                return box;
            }
            case "choice", "environment" -> {
                List<String> options = type.equals("choice") ? input.options() : environments;
                ComboBox<String> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(options));
                combo.setEditable(type.equals("environment") && options.isEmpty());
                if (fallback != null) {
                    combo.setValue(String.valueOf(fallback));
                } else if (!options.isEmpty() && input.required()) {
                    combo.setValue(options.get(0));
                }
                readers.put(input.name(), () -> combo.getValue() == null ? "" : combo.getValue());
                return combo;
            }
            case "number" -> {
                double start = fallback instanceof Number n ? n.doubleValue() : 0;
                Spinner<Double> spinner = new Spinner<>(-1e12, 1e12, start, 1);
                spinner.setEditable(true);
                readers.put(input.name(), () -> {
                    String text = spinner.getEditor().getText().strip();
                    return text;
                });
                return spinner;
            }
            default -> {
                TextField field = new TextField(fallback == null ? "" : String.valueOf(fallback));
                field.setPrefColumnCount(28);
                readers.put(input.name(), field::getText);
                return field;
            }
        }
    }

    public Node view() {
        return grid;
    }

    /** The values as GitHub takes them: every input as a string. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        readers.forEach((name, reader) -> values.put(name, reader.get()));
        return values;
    }

    public void showProblems(List<InputProblem> problems) {
        problemLabels.values().forEach(label -> {
            label.setText("");
            label.setVisible(false);
            label.setManaged(false);
        });
        for (InputProblem problem : problems) {
            Label label = problemLabels.get(problem.input());
            if (label != null) {
                label.setText(problem.message());
                label.setVisible(true);
                label.setManaged(true);
            }
        }
    }
}
