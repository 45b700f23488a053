package dev.wheelhouse.cli;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunProgress;
import dev.wheelhouse.runs.model.RunSnapshot;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The job table of {@code watch}. On a terminal the whole table is redrawn in place (cursor home,
 * clear to the end, as {@code gh run watch} does); into a pipe or file, the table is printed once
 * and then one line per job whose state changed, so a log reads top to bottom.
 */
final class JobTable {

    /** Cursor to the top left, then clear to the end of the screen. */
    static final String REDRAW = "\u001b[H\u001b[J";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final boolean terminal;
    private final Map<Long, String> shown = new HashMap<>();
    private RunProgress shownCounts;
    private boolean headerPrinted;

    JobTable(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void draw(RunSnapshot snapshot, Instant now) {
        if (terminal) {
            out.print(REDRAW);
            header(snapshot, now);
            snapshot.jobs().forEach(j -> out.println(row(j, now)));
        } else if (!headerPrinted) {
            header(snapshot, now);
            snapshot.jobs().forEach(j -> out.println(row(j, now)));
        } else {
            for (JobSnapshot job : snapshot.jobs()) {
                if (!state(job).equals(shown.get(job.id()))) {
                    out.println(TIME.format(now) + " " + row(job, now).strip());
                }
            }
            if (!counts(snapshot, now).equals(shownCounts)) {
                out.println(TIME.format(now) + " " + snapshot.summaryLine(now));
            }
        }
        headerPrinted = true;
        shownCounts = counts(snapshot, now);
        snapshot.jobs().forEach(j -> shown.put(j.id(), state(j)));
        out.flush();
    }

    void finished(RunSnapshot snapshot) {
        RunInfo run = snapshot.run();
        out.println();
        out.println(symbol(run.status(), run.conclusion()) + " Run " + run.id() + " (" + run.workflowName()
                + ") completed with '" + run.conclusion() + "'");
        out.flush();
    }

    private void header(RunSnapshot snapshot, Instant now) {
        RunInfo run = snapshot.run();
        out.println("Run " + run.id() + " · " + run.workflowName() + " · " + run.branch() + " · " + run.event()
                + " · attempt " + run.attempt() + " · " + (run.completed() ? run.conclusion() : run.status()));
        out.println(snapshot.summaryLine(now));
        snapshot.layout().problem().ifPresent(p -> out.println("note: " + p));
        out.println();
    }

    static String row(JobSnapshot job, Instant now) {
        String duration = job.duration(now).map(JobTable::clock).orElse("");
        String outcome = job.completed() && !"success".equals(job.conclusion()) ? "  " + job.conclusion()
                : job.completed() ? "" : "  " + job.status().replace('_', ' ');
        return "  " + symbol(job.status(), job.conclusion()) + "  " + pad(job.name(), 48) + " " + pad(duration, 8)
                + outcome;
    }

    /** gh's symbols: ✓ success, X failure, - skipped or neutral, * not yet done. */
    static String symbol(String status, String conclusion) {
        if (!"completed".equals(status)) {
            return "*";
        }
        return switch (conclusion == null ? "" : conclusion) {
            case "success" -> "✓";
            case "skipped", "neutral" -> "-";
            default -> "X";
        };
    }

    /** The counts without the ticking clock: a new summary line is worth printing only when they move. */
    private static RunProgress counts(RunSnapshot snapshot, Instant now) {
        RunProgress p = snapshot.progress(now);
        return new RunProgress(p.total(), p.done(), p.failed(), p.running(), Duration.ZERO);
    }

    private static String state(JobSnapshot job) {
        return job.status() + "/" + job.conclusion();
    }

    private static String clock(Duration d) {
        return RunProgress.clock(d);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
