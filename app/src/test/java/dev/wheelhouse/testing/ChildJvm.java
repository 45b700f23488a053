package dev.wheelhouse.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a {@code main} class in a separate JVM on a classpath made of the code sources of the
 * given classes. Under Maven exec:java, {@code java.class.path} is Maven's own, so the classpath
 * is taken from where the classes were loaded.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> main, List<String> jvmOptions, List<String> args, Class<?>... classpath)
            throws IOException {
        return new ProcessBuilder(command(main, jvmOptions, args, classpath)).redirectErrorStream(true).start();
    }

    /** The command line {@link #start} runs, for a caller that needs its own environment or streams. */
    public static List<String> command(Class<?> main, List<String> jvmOptions, List<String> args, Class<?>... classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath(main, classpath));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    private static String classpath(Class<?> main, Class<?>... others) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(location(main));
        // The whole project classpath when the loader tells it (exec:java's loader is a URLClassLoader),
        // so a dependency nobody listed (a new library) is not missing in the child.
        if (main.getClassLoader() instanceof java.net.URLClassLoader loader) {
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing a child JVM could load from
                }
            }
        } else if (main.getClassLoader() == ClassLoader.getSystemClassLoader()) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        for (Class<?> c : others) {
            entries.add(location(c));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file location for " + c, e);
        }
    }
}
