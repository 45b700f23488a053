package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diff reads as code: rows as tall as a line of text, so a short change fits without scrolling. */
@ExtendWith(ApplicationExtension.class)
class DiffViewLayoutTest {

    private final DiffView diff = new DiffView();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((Parent) diff.view(), 700, 220);
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNineLineDiffFitsInAPaneOfTwoHundredPixels(FxRobot robot) {
        robot.interact(() -> diff.show("""
                --- a/release.yml
                +++ b/release.yml
                @@ -120,6 +120,9 @@
                           - cp313
                           - cp314
                +        exclude:
                +          - os: windows-latest
                +            python: cp314
                     steps:
                """));

        List<ListCell<?>> cells = robot.lookup(".diff-view .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> !c.isEmpty()).toList();
        assertEquals(9, cells.size(), "every line has its row on screen");
        double font = cells.get(0).getFont().getSize();
        assertTrue(cells.get(0).getHeight() <= 1.6 * font,
                "a row is a line of text: " + cells.get(0).getHeight() + " px for a " + font + " px font");
    }
}
