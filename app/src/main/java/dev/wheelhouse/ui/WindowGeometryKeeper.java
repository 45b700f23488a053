package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.stream.Stream;

/**
 * Places the window on the screen it opens on ({@link WindowPlacement}) and keeps its geometry
 * per screen set-up, so unplugging a monitor never leaves it off-screen.
 */
final class WindowGeometryKeeper {

    private WindowGeometryKeeper() {
    }

    /** Places {@code stage} and says where: the scene is made at that size. */
    static WindowPlacement.Placement restore(Stage stage, AppSettings settings) {
        WindowPlacement.Placement placement = WindowPlacement.place(usableAreas(),
                settings.windowGeometry(setUp()));
        stage.setMinWidth(placement.minWidth());
        stage.setMinHeight(placement.minHeight());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        return placement;
    }

    static void save(Stage stage, AppSettings settings) {
        settings.setWindowGeometry(setUp(), new AppSettings.WindowGeometry(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    }

    private static String setUp() {
        return WindowPlacement.setUp(screens().map(Screen::getBounds).toList());
    }

    /** The primary screen first: a first start opens there. */
    private static List<javafx.geometry.Rectangle2D> usableAreas() {
        return screens().map(Screen::getVisualBounds).toList();
    }

    private static Stream<Screen> screens() {
        Screen primary = Screen.getPrimary();
        return Stream.concat(Stream.of(primary), Screen.getScreens().stream().filter(s -> !s.equals(primary)));
    }
}
