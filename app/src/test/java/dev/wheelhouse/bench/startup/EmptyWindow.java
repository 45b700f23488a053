package dev.wheelhouse.bench.startup;

import dev.wheelhouse.ui.startup.StartupTrace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: an empty JavaFX window of Wheelhouse's size, started the
 * default way (a JavaFX {@code Application} as the main class, the same JDK and JavaFX), traced by
 * the same {@link StartupTrace} as the app. Its ready state is its first frame.
 */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Empty");
        stage.setScene(new Scene(new StackPane(), 1360, 860));
        StartupTrace.watch(stage, null);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
