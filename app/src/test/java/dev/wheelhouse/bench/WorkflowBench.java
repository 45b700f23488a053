package dev.wheelhouse.bench;

import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.edit.EditResult;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.MatrixEditor;
import dev.wheelhouse.workflow.edit.UnifiedDiff;
import dev.wheelhouse.workflow.edit.ValueLiteral;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Figures for the workflow package: parsing, expanding every sample, and an edit of a 5 MB
 * workflow (apply + inverse check + diff), the work the UI does off the FX thread.
 *
 * <pre>mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.WorkflowBench</pre>
 */
public final class WorkflowBench {

    private interface Work {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> samples = new ArrayList<>();
        for (Path p : Samples.allWorkflowFiles()) {
            samples.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        String satkit = Files.readString(Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml"));
        String big = bigWorkflow(5 * 1024 * 1024);
        int jobs = WorkflowDocument.parse(big).jobs().size();
        String lastJob = "job" + (jobs - 1);

        System.out.println("median CPU ms of the benchmark thread (wall ms in brackets; the machine is shared)");
        double parseSatkit = median(200, () -> WorkflowDocument.parse(satkit));
        double parseSatkitWall = lastWall;
        double expandAll = median(30, () -> {
            int n = 0;
            for (String s : samples) {
                n += JobMatrixReport.forMatrixJobs(WorkflowDocument.parse(s)).size();
            }
            return n;
        });
        double parseBig = median(5, () -> WorkflowDocument.parse(big));
        double parseBigWall = lastWall;
        EditResult[] last = new EditResult[1];
        double editBig = median(5, () -> last[0] = MatrixEditor.apply(big, new MatrixEdit.ExcludeCombination(lastJob,
                Map.of("python", ValueLiteral.of("3.11")))));
        double editBigWall = lastWall;
        double diffBig = median(5, () -> UnifiedDiff.of(big, last[0].text(), "a", "b"));
        double editSatkit = median(100, () -> MatrixEditor.apply(satkit, new MatrixEdit.ExcludeCombination("build_wheels",
                Map.of("os", ValueLiteral.of("windows-latest"), "python", ValueLiteral.of("cp314")))));

        double mb = big.length() / 1024.0 / 1024.0;
        System.out.printf("parse satkit release.yml (%d chars):        %8.2f ms [%.2f]%n", satkit.length(), parseSatkit,
                parseSatkitWall);
        System.out.printf("parse + expand + name all %d samples:        %8.2f ms%n", samples.size(), expandAll);
        System.out.printf("exclude edit on satkit (apply+inverse check): %8.2f ms%n", editSatkit);
        System.out.printf("parse %.1f MB workflow (%d jobs):         %8.1f ms [%.1f]  (%.1f MB/s of CPU)%n", mb, jobs,
                parseBig, parseBigWall, mb / (parseBig / 1000));
        System.out.printf("exclude edit on %.1f MB workflow:             %8.1f ms [%.1f]  (%.2f x one parse)%n", mb,
                editBig, editBigWall, editBig / parseBig);
        System.out.printf("unified diff of the %.1f MB edit:             %8.1f ms%n", mb, diffBig);
    }

    static String bigWorkflow(int size) {
        StringBuilder text = new StringBuilder("on: push  # 🚀\njobs:\n");
        int n = 0;
        while (text.length() < size) {
            text.append("  job").append(n++).append(":\n    name: build (${{ matrix.python }})\n")
                    .append("    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n")
                    .append("        python: ['3.10', '3.11', '3.12']  # 🐍\n        os: [ubuntu-latest, windows-latest]\n")
                    .append("    steps:\n      - run: echo ${{ matrix.python }} ${{ matrix.os }}\n");
        }
        return text.toString();
    }

    /**
     * Median CPU time of the calling thread in ms. The build machine is shared by several builds,
     * so wall-clock time says more about the neighbours than about this code; the wall time is
     * printed alongside.
     */
    private static double median(int runs, Work work) throws Exception {
        for (int i = 0; i < Math.max(2, runs / 5); i++) {
            work.run();
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        lastWall = wall[runs / 2];
        return cpu[runs / 2];
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static double lastWall;
}
