package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where the user left it, unless that place is off every screen now. */
final class WindowGeometryKeeper {

    private WindowGeometryKeeper() {
    }

    static void restore(Stage stage, AppSettings settings) {
        settings.windowGeometry().ifPresent(geometry -> {
            boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                    .anyMatch(bounds -> bounds.intersects(new Rectangle2D(geometry.x(), geometry.y(),
                            geometry.width(), geometry.height())));
            if (visible) {
                stage.setX(geometry.x());
                stage.setY(geometry.y());
                stage.setWidth(geometry.width());
                stage.setHeight(geometry.height());
            }
            stage.setMaximized(geometry.maximized());
        });
    }

    static void save(Stage stage, AppSettings settings) {
        settings.setWindowGeometry(new AppSettings.WindowGeometry(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    }
}
