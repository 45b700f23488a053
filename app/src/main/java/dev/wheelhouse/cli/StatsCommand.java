package dev.wheelhouse.cli;

import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.JobCacheSummary;
import dev.wheelhouse.sccache.SccacheDiagnostician;
import dev.wheelhouse.sccache.SccacheLogScan;
import dev.wheelhouse.sccache.SccacheLogScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wheelhouse stats LOG… [--json]}: sccache statistics and diagnoses of job logs. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Read sccache statistics and diagnoses from job logs or saved sccache output.",
                "Finds every --show-stats table (sccache 0.2-0.15), --stats-format=json object and"
                        + " sccache-action notice, and says what went wrong and how to fix it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read",
                "2:a file could not be read, or is no regular file (the others are still reported)"})
public final class StatsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LOG", arity = "1..*", description = "Job log or sccache output files.")
    private List<Path> logs;

    @Option(names = "--json", description = "Print JSON (the format documented in the README).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SccacheLogScanner scanner = new SccacheLogScanner();
        SccacheDiagnostician diagnostician = new SccacheDiagnostician();
        List<StatsFileReport> reports = new ArrayList<>();
        int exit = 0;
        for (Path log : logs) {
            try {
                SccacheLogScan scan = scanner.scan(log);
                List<Diagnosis> diagnoses = diagnostician.diagnose(scan);
                reports.add(new StatsFileReport(log.toString(), scan, diagnoses,
                        JobCacheSummary.of(log.toString(), scan, diagnoses)));
            } catch (IOException e) {
                err.println(LogFileProblem.describe("stats", log, e));
                exit = 2;
            }
        }
        CacheTotals total = reports.stream().map(r -> r.job().totals())
                .flatMap(java.util.Optional::stream).reduce(CacheTotals.ZERO, CacheTotals::plus);
        boolean anyStats = reports.stream().anyMatch(r -> r.job().hasStats());
        if (json) {
            out.println(StatsJson.render(reports, total, anyStats));
        } else {
            StatsText.render(reports, total, anyStats, out);
        }
        out.flush();
        return exit;
    }
}
