package dev.wheelhouse.ui.theme;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonProvider;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded jar keeps only the icon packs the app's own services files list (the pom leaves the
 * others, and their fonts, out): each listed class exists, and every icon the app draws is served.
 */
class IconPacksTest {

    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services");

    @Test
    void theListedPacksServeEveryIconFamilyTheAppDraws() throws Exception {
        List<IkonHandler> handlers = new ArrayList<>();
        for (String name : listed("org.kordamp.ikonli.IkonHandler")) {
            handlers.add((IkonHandler) Class.forName(name).getDeclaredConstructor().newInstance());
        }
        List<Class<?>> provided = new ArrayList<>();
        for (String name : listed("org.kordamp.ikonli.IkonProvider")) {
            provided.add(((IkonProvider<?>) Class.forName(name).getDeclaredConstructor().newInstance()).getIkon());
        }

        List<Ikon> drawn = Stream.<Ikon>concat(Stream.of(Material2AL.values()), Stream.of(Material2MZ.values())).toList();
        for (Ikon icon : drawn) {
            assertTrue(handlers.stream().anyMatch(h -> h.supports(icon.getDescription())), icon.getDescription());
        }
        assertEquals(List.of(Material2AL.class, Material2MZ.class), provided);
    }

    private static List<String> listed(String service) throws IOException {
        return Files.readAllLines(SERVICES.resolve(service)).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
