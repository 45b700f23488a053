package dev.wheelhouse.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop window. */
public final class WheelhouseApp extends Application {

    /** Called by the launcher; kept here so no other package touches JavaFX. */
    public static void launchWindow(String[] args) {
        Application.launch(WheelhouseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Wheelhouse"));
        stage.setTitle("Wheelhouse");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
