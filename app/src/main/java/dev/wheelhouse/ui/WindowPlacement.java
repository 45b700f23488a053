package dev.wheelhouse.ui;

import dev.wheelhouse.ui.common.AppSettings.WindowGeometry;
import javafx.geometry.Rectangle2D;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the main window opens: on a screen, whole, never at negative coordinates off it. A first
 * start takes most of the screen it opens on (a laptop's 1024×700 all of it, a 1920×1080 monitor
 * 90 % so the grid gets the room); a saved geometry is used when it still lies on a screen, moved
 * and shrunk to fit that screen. Pure arithmetic over the screens' usable areas, so it is tested
 * without a display.
 */
final class WindowPlacement {

    /** The size the layout is designed for; a first start never opens smaller where it fits. */
    static final double PREFERRED_WIDTH = 1360;
    static final double PREFERRED_HEIGHT = 860;
    /** Below this the editor's toolbar and side panel no longer fit; a smaller screen sets the floor instead. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 640;
    private static final double SHARE_OF_LARGE_SCREEN = 0.9;
    /** How much of a saved window must lie on a screen for it to count as still there (its title bar). */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 32;

    /** The window's bounds and the smallest size it may be given. */
    record Placement(double x, double y, double width, double height, boolean maximized,
                     double minWidth, double minHeight) {
    }

    private WindowPlacement() {
    }

    /** Names a screen set-up by its screens' full bounds (a moved taskbar is the same set-up). */
    static String setUp(List<Rectangle2D> screenBounds) {
        return screenBounds.stream()
                .map(b -> (long) b.getWidth() + "x" + (long) b.getHeight() + "+" + (long) b.getMinX() + "+" + (long) b.getMinY())
                .collect(Collectors.joining(";"));
    }

    /**
     * @param usable  each screen's visual bounds (without task bars), the primary first
     * @param saved   the geometry kept for this set-up, if any
     */
    static Placement place(List<Rectangle2D> usable, Optional<WindowGeometry> saved) {
        Optional<Rectangle2D> savedOn = saved.flatMap(g -> screenHolding(usable, g));
        if (savedOn.isPresent()) {
            WindowGeometry g = saved.get();
            return fitted(savedOn.get(), g.x(), g.y(), g.width(), g.height(), g.maximized());
        }
        Rectangle2D screen = usable.get(0);
        double width = Math.min(screen.getWidth(), Math.max(PREFERRED_WIDTH, screen.getWidth() * SHARE_OF_LARGE_SCREEN));
        double height = Math.min(screen.getHeight(), Math.max(PREFERRED_HEIGHT, screen.getHeight() * SHARE_OF_LARGE_SCREEN));
        return fitted(screen, screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /** The screen showing most of the saved window's title bar, if one shows enough of it to grab. */
    private static Optional<Rectangle2D> screenHolding(List<Rectangle2D> usable, WindowGeometry g) {
        Rectangle2D titleBar = new Rectangle2D(g.x(), g.y(), Math.max(1, g.width()), GRIP_HEIGHT);
        return usable.stream()
                .filter(s -> overlap(s, titleBar).map(o -> o.getWidth() >= Math.min(GRIP_WIDTH, g.width())
                        && o.getHeight() >= GRIP_HEIGHT / 2).orElse(false))
                .max(Comparator.comparingDouble(s -> overlap(s, titleBar).map(Rectangle2D::getWidth).orElse(0.0)));
    }

    private static Optional<Rectangle2D> overlap(Rectangle2D a, Rectangle2D b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX > minX && maxY > minY ? Optional.of(new Rectangle2D(minX, minY, maxX - minX, maxY - minY))
                : Optional.empty();
    }

    private static Placement fitted(Rectangle2D screen, double x, double y, double width, double height,
                                    boolean maximized) {
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        double w = clamp(width, minWidth, screen.getWidth());
        double h = clamp(height, minHeight, screen.getHeight());
        double left = clamp(x, screen.getMinX(), screen.getMaxX() - w);
        double top = clamp(y, screen.getMinY(), screen.getMaxY() - h);
        return new Placement(left, top, w, h, maximized, minWidth, minHeight);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
