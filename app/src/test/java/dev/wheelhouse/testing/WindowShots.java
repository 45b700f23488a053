package dev.wheelhouse.testing;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PNGs of every open window, for a failing UI test to leave behind what the user would have seen. */
public final class WindowShots {

    private WindowShots() {
    }

    public static List<Path> save(String name) {
        List<Path> written = new ArrayList<>();
        try {
            Path dir = Files.createDirectories(Path.of("target", "ui-failures"));
            List<Window> windows = new ArrayList<>(Window.getWindows());
            for (int i = 0; i < windows.size(); i++) {
                Window window = windows.get(i);
                if (window.getScene() == null) {
                    continue;
                }
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
                Path file = dir.resolve(name + "-" + i + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                written.add(file);
            }
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
            System.err.println("could not save window shots: " + e.getMessage());
        }
        return written;
    }

}
