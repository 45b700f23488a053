package dev.wheelhouse.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every selector of the app keeps showing the model's choice, whatever happens to its items. */
@ExtendWith(ApplicationExtension.class)
class SelectorBindingTest {

    private final ObservableList<String> items = FXCollections.observableArrayList("build_wheels", "build_sdist");
    private final StringProperty chosen = new SimpleStringProperty("build_wheels");
    private final List<String> told = new ArrayList<>();
    private ComboBox<String> box;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>(items);
        SelectorBinding.bind(box, chosen, value -> {
            told.add(value);
            chosen.set(value);
        });
        // Shown, so the skin (whose list view clears its selection when the items change) is there.
        stage.setScene(new Scene(new StackPane(box), 300, 100));
        stage.show();
    }

    @Test
    void itemsReadAgainAfterAnEditKeepTheChoiceShown(FxRobot robot) {
        robot.interact(() -> items.setAll(List.of("build_wheels", "build_sdist")));

        assertEquals("build_wheels", box.getValue());
        assertEquals(List.of(), told, "the blank in between is not a choice");
    }

    @Test
    void aNewItemAddedBesideTheChoiceKeepsItShown(FxRobot robot) {
        // A re-run adds attempt 2 while attempt 1 is still the one shown.
        robot.interact(() -> items.setAll(List.of("build_wheels", "build_sdist", "publish")));

        assertEquals("build_wheels", box.getValue());
    }

    @Test
    void theModelsNewChoiceIsShownEvenWhenItArrivesBeforeItsItem(FxRobot robot) {
        robot.interact(() -> {
            chosen.set("publish");
            items.add("publish");
        });

        assertEquals("publish", box.getValue());
        assertEquals(List.of(), told);
    }

    @Test
    void theUsersChoiceIsHandedToTheModelOnce(FxRobot robot) {
        robot.interact(() -> box.getSelectionModel().select("build_sdist"));

        assertEquals(List.of("build_sdist"), told);
        assertEquals("build_sdist", chosen.get());
    }
}
