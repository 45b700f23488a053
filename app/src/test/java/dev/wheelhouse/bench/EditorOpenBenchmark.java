package dev.wheelhouse.bench;

import dev.wheelhouse.testing.BigWorkflow;
import dev.wheelhouse.ui.matrix.MatrixEditorViewModel;
import dev.wheelhouse.ui.matrix.RecentFiles;
import dev.wheelhouse.ui.task.DirectTaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the editor takes to open a workflow and to apply one edit, end to end (read, parse,
 * expand, names, wheels, diff), for the satkit release workflow and for a 5 MB workflow.
 * Prints cold (first) and warm (median of the rest) times.
 */
public final class EditorOpenBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("wheelhouse-open-bench");
        Path workflows = Files.createDirectories(dir.resolve(".github/workflows"));
        Path satkit = workflows.resolve("release.yml");
        Files.copy(dev.wheelhouse.testing.Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"),
                satkit);
        Files.copy(dev.wheelhouse.testing.Samples.workflow("ssmichael1__satkit__pyproject.toml"),
                dir.resolve("pyproject.toml"));
        Path big = workflows.resolve("big.yml");
        Files.writeString(big, BigWorkflow.of(5 * 1024 * 1024));

        report("satkit release.yml open", satkit, 30, false);
        report("satkit release.yml edit (exclude a cell)", satkit, 30, true);
        report("5 MB workflow open", big, 8, false);
        report("5 MB workflow edit (add a value)", big, 8, true);
    }

    private static void report(String label, Path file, int runs, boolean edit) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            MatrixEditorViewModel model = new MatrixEditorViewModel(new DirectTaskExecutor(), new NoRecentFiles());
            model.open(file);
            long start = System.nanoTime();
            if (edit) {
                if (file.getFileName().toString().equals("release.yml")) {
                    model.toggleCell(2, 4);
                } else {
                    model.addValue("python", "cp315");
                }
            } else {
                model.open(file);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cold = millis[0];
        double[] warm = Arrays.copyOfRange(millis, 1, runs);
        Arrays.sort(warm);
        System.out.printf("%-42s cold %8.1f ms   warm median %8.1f ms   (%d runs)%n", label, cold,
                warm[warm.length / 2], runs);
    }

    private static final class NoRecentFiles implements RecentFiles {
        private final List<Path> files = new ArrayList<>();

        @Override
        public List<Path> list() {
            return files;
        }

        @Override
        public void add(Path file) {
            files.add(file);
        }
    }
}
