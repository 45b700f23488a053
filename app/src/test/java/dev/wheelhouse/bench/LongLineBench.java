package dev.wheelhouse.bench;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.WorkflowDocument;

import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 11 item 8: reading a workflow with one long line is linear in its length. For each size,
 * the time to parse and expand a workflow whose bulk is one line (a scalar, a comment, a flow
 * list of values) against the same bulk in short lines (comments; the list's values one per
 * line), measured in the same run; the ratio should stay flat as the size grows (it grew with the size before: 1.5 / 4.9 / 13.9 s at
 * 1 / 4 / 8 MB).
 *
 * <pre>mvn -q -B -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.wheelhouse.bench.LongLineBench [-Dbench.mb=1,4,8,32]</pre>
 */
public final class LongLineBench {

    private interface Shape {
        String of(int bytes);
    }

    private LongLineBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.mb", "1,4,8,32").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.println("median wall ms of 3 (parse + matrix expansion); the machine may be shared");
        System.out.printf(Locale.ROOT, "%6s %12s %12s %12s %12s %12s%n", "MB", "short lines", "long scalar", "long comment",
                "block list", "flow list");
        for (int mb : sizes) {
            int bytes = mb << 20;
            double base = median(LongLineBench::shortLines, bytes);
            double scalar = median(n -> "name: " + "x".repeat(n) + "\n" + TAIL, bytes);
            double comment = median(n -> "on: push # " + "x".repeat(n) + "\n" + TAIL.replace("on: push\n", ""), bytes);
            double block = median(LongLineBench::blockList, bytes);
            double flow = median(LongLineBench::longFlow, bytes);
            System.out.printf(Locale.ROOT, "%6d %12.0f %12.0f %12.0f %12.0f %12.0f   (one line / many: x%.1f, x%.1f, x%.1f)%n",
                    mb, base, scalar, comment, block, flow, scalar / base, comment / base, flow / block);
        }
    }

    private static final String TAIL = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n"
            + "        os: [a, b]\n    steps:\n      - run: echo\n";

    private static String shortLines(int bytes) {
        StringBuilder out = new StringBuilder(bytes + 200);
        String line = "# " + "x".repeat(57) + "\n";
        while (out.length() < bytes) {
            out.append(line);
        }
        return out.append(TAIL).toString();
    }

    /** The flow list's values, one per line: the same nodes, in short lines. */
    private static String blockList(int bytes) {
        StringBuilder out = new StringBuilder(bytes + 200).append("on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n"
                + "      matrix:\n        os:\n");
        for (int i = 0; out.length() < bytes; i++) {
            out.append("          - v").append(i).append('\n');
        }
        return out.append("    steps:\n      - run: echo\n").toString();
    }

    private static String longFlow(int bytes) {
        StringBuilder out = new StringBuilder(bytes + 200).append("on: push\njobs: {a: {runs-on: x, strategy: {matrix: {os: [");
        for (int i = 0; out.length() < bytes; i++) {
            out.append(i == 0 ? "" : ", ").append('v').append(i);
        }
        return out.append("]}}, steps: [{run: echo}]}}\n").toString();
    }

    private static double median(Shape shape, int bytes) throws Exception {
        String text = shape.of(bytes);
        double[] ms = new double[3];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            JobMatrixReport.forMatrixJobs(WorkflowDocument.parse(text));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[1];
    }
}
