package dev.wheelhouse.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What jpackage's launcher starts: the classpath, main class and JVM options of its .cfg file. */
record LauncherConfig(String classpath, String mainClass, List<String> javaOptions) {

    static LauncherConfig read(Path cfg, Path appDir) throws IOException {
        String classpath = null;
        String mainClass = null;
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classpath = value;
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
        if (classpath == null || mainClass == null) {
            throw new IOException(cfg + " names no classpath or main class");
        }
        return new LauncherConfig(classpath, mainClass, List.copyOf(options));
    }
}
