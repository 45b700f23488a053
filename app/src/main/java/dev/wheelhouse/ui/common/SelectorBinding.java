package dev.wheelhouse.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ties a combo box to the model's choice: it shows the choice, and a choice the user makes is
 * handed to the model. A combo box clears its value when its items are replaced (an edit
 * re-reads the jobs, a re-run adds an attempt) although the model's choice did not change, so no
 * change event would put it back: the binding puts the model's choice back after every change of
 * the items. The model is told only of real choices, never of the blank in between.
 */
public final class SelectorBinding {

    private SelectorBinding() {
    }

    public static <T> void bind(ComboBox<T> box, ObservableValue<? extends T> chosen, Consumer<? super T> choose) {
        boolean[] showing = {false};
        Runnable show = () -> {
            T value = chosen.getValue();
            if (!Objects.equals(box.getValue(), value)) {
                showing[0] = true;
                try {
                    box.setValue(value);
                } finally {
                    showing[0] = false;
                }
            }
        };
        chosen.addListener((obs, old, value) -> show.run());
        box.getItems().addListener((ListChangeListener<T>) change -> show.run());
        box.itemsProperty().addListener((obs, old, items) -> {
            items.addListener((ListChangeListener<T>) change -> show.run());
            show.run();
        });
        box.valueProperty().addListener((obs, old, value) -> {
            if (showing[0]) {
                return;
            }
            if (value == null) {
                // The skin's list clears its selection after the items change, after every listener
                // added here: the blank it leaves is put right as it happens.
                if (chosen.getValue() != null && box.getItems().contains(chosen.getValue())) {
                    show.run();
                }
            } else if (!value.equals(chosen.getValue())) {
                choose.accept(value);
            }
        });
        show.run();
    }
}
