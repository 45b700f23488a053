package dev.wheelhouse.ui.startup;

import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * Readies, on a thread of its own, what the window's first frame needs and is slow to make the
 * first time: the icon font (ikonli finds its packs and loads their fonts at the first icon) and
 * the classes of the controls it shows. It runs while the FX thread applies the theme and builds
 * the window, so neither blocks the first frame; had the FX thread got there first, it simply does
 * the work itself. Nothing the first frame does not show: on two cores the warm-up competes with
 * the FX thread for the second one.
 *
 * <p>Only work JavaFX allows off its thread: class initialisation, fonts, and nodes that belong to
 * no scene. Start it once the toolkit is up and the theme is set (from {@code Application.init()}):
 * the first control class initialised with no theme set installs JavaFX's default one.
 */
public final class FirstFrameWarmUp {

    /** The first frame's controls and their skins, each a class-initialisation the FX thread need not do. */
    private static final List<String> CLASSES = List.of("javafx.scene.control.ToggleButton",
            "javafx.scene.control.skin.ToggleButtonSkin", "javafx.scene.control.Button",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.Label", "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.ToolBar", "javafx.scene.control.skin.ToolBarSkin", "javafx.scene.control.Separator",
            "javafx.scene.control.skin.SeparatorSkin");

    private FirstFrameWarmUp() {
    }

    /** Starts the warm-up; {@code icons} are one icon of each font the first frame draws. */
    public static void begin(List<Ikon> icons) {
        Thread thread = new Thread(() -> warm(icons), "wheelhouse-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm(List<Ikon> icons) {
        icons.forEach(FontIcon::new);
        Font.getDefault();
        ClassLoader loader = FirstFrameWarmUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the FX thread loads what it needs anyway.
            }
        }
    }
}
