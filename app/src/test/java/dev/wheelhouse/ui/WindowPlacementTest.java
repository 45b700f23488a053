package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.common.AppSettings.WindowGeometry;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 700);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private final String node = "dev/wheelhouse/test-placement-" + System.nanoTime();

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node(node).removeNode();
    }

    private static void assertOn(Rectangle2D screen, WindowPlacement.Placement p) {
        assertTrue(p.x() >= screen.getMinX() && p.y() >= screen.getMinY(), p.toString());
        assertTrue(p.x() + p.width() <= screen.getMaxX() && p.y() + p.height() <= screen.getMaxY(), p.toString());
    }

    @Test
    void aFirstStartOnASmallScreenFillsItInsteadOfHangingOffItsTopLeft() {
        WindowPlacement.Placement p = WindowPlacement.place(List.of(LAPTOP), Optional.empty());

        assertEquals(new WindowPlacement.Placement(0, 0, 1024, 700, false, 960, 640), p);
    }

    @Test
    void aFirstStartOnALargeScreenGivesTheGridMostOfIt() {
        WindowPlacement.Placement p = WindowPlacement.place(List.of(FULL_HD), Optional.empty());

        assertEquals(1728, p.width());
        assertEquals(972, p.height());
        assertEquals((1920 - 1728) / 2.0, p.x());
        assertOn(FULL_HD, p);
    }

    @Test
    void theWindowOpensOnThePrimaryScreenWhereverThatIs() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 800);

        WindowPlacement.Placement p = WindowPlacement.place(List.of(right, FULL_HD), Optional.empty());

        assertOn(right, p);
    }

    @Test
    void aSavedGeometryBiggerThanTheScreenIsShrunkAndMovedOntoIt() {
        WindowGeometry reproduced = new WindowGeometry(-168, -53, 1360, 860, false);

        WindowPlacement.Placement p = WindowPlacement.place(List.of(LAPTOP), Optional.of(reproduced));

        assertOn(LAPTOP, p);
        assertEquals(1024, p.width());
        assertEquals(700, p.height());
    }

    @Test
    void aSavedGeometryOnAMonitorThatIsGoneOpensOnTheScreenThatIsThere() {
        WindowGeometry onMonitor = new WindowGeometry(2100, 100, 1200, 800, false);

        WindowPlacement.Placement p = WindowPlacement.place(List.of(LAPTOP), Optional.of(onMonitor));

        assertOn(LAPTOP, p);
    }

    @Test
    void aSavedGeometryThatFitsIsKeptAsItWas() {
        WindowGeometry kept = new WindowGeometry(100, 50, 1200, 900, true);

        WindowPlacement.Placement p = WindowPlacement.place(List.of(FULL_HD), Optional.of(kept));

        assertEquals(new WindowPlacement.Placement(100, 50, 1200, 900, true, 960, 640), p);
    }

    @Test
    void theMinimumSizeIsTheLayoutsUnlessTheScreenIsSmaller() {
        WindowPlacement.Placement tiny = WindowPlacement.place(List.of(new Rectangle2D(0, 0, 800, 600)),
                Optional.of(new WindowGeometry(0, 0, 300, 200, false)));

        assertEquals(800, tiny.minWidth());
        assertEquals(600, tiny.minHeight());
        assertEquals(800, tiny.width());
        assertEquals(600, tiny.height());
        assertEquals(960, WindowPlacement.place(List.of(FULL_HD), Optional.empty()).minWidth());
    }

    @Test
    void eachScreenSetUpKeepsItsOwnGeometry() {
        AppSettings settings = AppSettings.forUser(node);
        String alone = WindowPlacement.setUp(List.of(LAPTOP));
        String docked = WindowPlacement.setUp(List.of(LAPTOP, new Rectangle2D(1024, 0, 2560, 1440),
                new Rectangle2D(3584, 0, 2560, 1440)));
        assertNotEquals(alone, docked);

        settings.setWindowGeometry(alone, new WindowGeometry(0, 0, 1024, 700, false));
        settings.setWindowGeometry(docked, new WindowGeometry(1200, 80, 2200, 1300, true));

        assertEquals(Optional.of(new WindowGeometry(0, 0, 1024, 700, false)), settings.windowGeometry(alone));
        assertEquals(Optional.of(new WindowGeometry(1200, 80, 2200, 1300, true)), settings.windowGeometry(docked));
        assertFalse(settings.windowGeometry(WindowPlacement.setUp(List.of(FULL_HD))).isPresent());
    }
}
