package dev.wheelhouse.ui.grid;

import dev.wheelhouse.ui.common.SelectorBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bar above a matrix grid: which vector runs down the rows, which across the columns, a swap
 * button, and a value picker for every other vector. The editor and the run view share it, so a
 * run's grid is chosen exactly as the edited one.
 */
public final class AxesChooser {

    private AxesChooser() {
    }

    /**
     * Fills {@code bar} for the current state of {@code state}; {@code trailing} (a job count, a
     * summary) goes to the far right. Call again whenever the layout changes.
     */
    public static void fill(HBox bar, GridState state, Node... trailing) {
        bar.getChildren().clear();
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        if (state.vectors().size() >= 2) {
            ComboBox<String> rows = new ComboBox<>(state.vectors());
            rows.setId("rows-vector");
            rows.setAccessibleText("Vector on the rows");
            SelectorBinding.bind(rows, state.rowVectorProperty(),
                    v -> state.setAxes(v, state.columnVectorProperty().get()));
            ComboBox<String> columns = new ComboBox<>(state.vectors());
            columns.setId("columns-vector");
            columns.setAccessibleText("Vector on the columns");
            SelectorBinding.bind(columns, state.columnVectorProperty(),
                    v -> state.setAxes(state.rowVectorProperty().get(), v));
            Button swap = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
            swap.setId("swap-axes");
            swap.getStyleClass().add("flat");
            swap.setTooltip(new Tooltip("Swap rows and columns"));
            swap.setAccessibleText("Swap rows and columns");
            swap.setOnAction(e -> state.setAxes(state.columnVectorProperty().get(), state.rowVectorProperty().get()));
            bar.getChildren().addAll(new Label("Rows"), rows, new Label("Columns"), columns, swap);
            for (FixedVector fixed : state.fixedVectors()) {
                ComboBox<String> choice = new ComboBox<>(FXCollections.observableList(fixed.labels()));
                choice.setId("fixed-" + fixed.name());
                choice.setAccessibleText(fixed.name());
                choice.setValue(fixed.labels().get(fixed.values().indexOf(fixed.selected())));
                choice.setOnAction(e -> state.setFixed(fixed.name(),
                        fixed.values().get(fixed.labels().indexOf(choice.getValue()))));
                bar.getChildren().addAll(new Label(fixed.name()), choice);
            }
        }
        bar.getChildren().add(push);
        bar.getChildren().addAll(trailing);
    }
}
