package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A step that builds a source distribution, and where it writes it: {@code python -m build --sdist}
 * (also {@code pyproject-build}, {@code pipx run build}, {@code uv build --sdist}; {@code -o/--outdir},
 * default {@code dist}), {@code maturin sdist} ({@code -o/--out}, default {@code target/wheels}) and
 * {@code python setup.py sdist} ({@code -d/--dist-dir}, default {@code dist}). The file is named as PEP 625
 * asks: {@code {escaped name}-{version}.tar.gz}.
 *
 * @param outputDir the directory the sdist lands in, relative to the workspace, without {@code ./}
 */
public record SdistBuild(String outputDir) {

    /** The sdist build of a step's script, if it runs one. */
    public static Optional<SdistBuild> of(RenderedStep step) {
        if (step.run().isEmpty()) {
            return Optional.empty();
        }
        for (List<String> words : ShellCommands.commands(step.run().get())) {
            Optional<SdistBuild> found = fromCommand(words);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The sdist's file name. */
    public static String fileName(String projectName, String version) {
        return WheelFileName.escapeName(projectName) + "-" + WheelFileName.escapeVersion(version) + ".tar.gz";
    }

    /** Whether a file name is a source distribution's ({@code .tar.gz}, or the legacy {@code .zip}). */
    public static boolean isSdist(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tar.gz") || lower.endsWith(".zip");
    }

    private static Optional<SdistBuild> fromCommand(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String tool = word.replaceFirst("==.*$", "");
            boolean buildFrontend = (tool.equals("build") && i > 0 && (words.get(i - 1).equals("-m")
                    || words.get(i - 1).equals("run") || words.get(i - 1).equals("uv")))
                    || tool.equals("pyproject-build");
            if (buildFrontend && words.subList(i, words.size()).stream()
                    .anyMatch(w -> w.equals("--sdist") || w.equals("-s"))) {
                return Optional.of(new SdistBuild(option(words, i, List.of("-o", "--outdir", "--out-dir"), "dist")));
            }
            if (tool.equals("maturin") && i + 1 < words.size() && words.get(i + 1).equals("sdist")) {
                return Optional.of(new SdistBuild(option(words, i, List.of("-o", "--out"), "target/wheels")));
            }
            if (word.endsWith("setup.py") && words.subList(i, words.size()).contains("sdist")) {
                return Optional.of(new SdistBuild(option(words, i, List.of("-d", "--dist-dir"), "dist")));
            }
        }
        return Optional.empty();
    }

    private static String option(List<String> words, int from, List<String> names, String fallback) {
        for (int i = from; i < words.size(); i++) {
            for (String name : names) {
                String value = ShellCommands.optionValue(words, i, name);
                if (value != null) {
                    return Paths.clean(value);
                }
            }
        }
        return fallback;
    }
}
