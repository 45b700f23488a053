package dev.wheelhouse.cli;

import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.FailureGroup;

import java.io.PrintWriter;
import java.util.List;

/** {@code why} for a reader: per log or job its most likely failure in full, then the others in a line each. */
final class WhyText {

    static final String NOTHING_FOUND = "No known failure shows in the log or the annotations: read the failed "
            + "step's last lines (wheelhouse logs --failed).";

    private WhyText() {
    }

    static void print(List<WhyEntry> entries, List<FailureGroup> groups, PrintWriter out) {
        for (WhyEntry e : entries) {
            out.println(e.jobId() == 0 ? e.name() : e.name() + " (job " + e.jobId() + ")");
            if (e.logProblem() != null) {
                out.println("  (" + e.logProblem() + "; read from its annotations)");
            }
            List<Failure> failures = e.report().failures();
            if (failures.isEmpty()) {
                out.println("  unknown: " + NOTHING_FOUND);
                continue;
            }
            Failure f = failures.get(0);
            out.println("  " + f.failureClass().code() + (f.step() == null ? "" : " in step '" + f.step() + "'")
                    + (f.hasLine() ? ", line " + f.line() : ", from an annotation"));
            out.println("  > " + f.text().strip());
            if (f.sourceLocation() != null) {
                out.println("  at " + f.sourceLocation());
            }
            out.println("  " + f.message());
            for (Failure other : failures.subList(1, failures.size())) {
                out.println("  also " + other.failureClass().code() + (other.hasLine() ? " at line " + other.line() : "")
                        + ": " + other.text().strip());
            }
        }
        if (groups.size() > 0 && entries.size() > 1) {
            out.println();
            out.println("Reasons:");
            for (FailureGroup g : groups) {
                out.println("  " + g.describe());
            }
        }
    }
}
