package dev.wheelhouse.cli;

import dev.wheelhouse.logs.LogEncoding;
import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.HitRate;
import dev.wheelhouse.sccache.LanguageStats;
import dev.wheelhouse.sccache.SccacheStats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The human-readable output of {@code stats}: one table per file, diagnoses, then the total. */
final class StatsText {

    private static final String ROW = "  %6s  %-28s %-6s %9s %9s %7s %7s %7s  %s%n";

    private StatsText() {
    }

    static void render(List<StatsFileReport> reports, CacheTotals total, boolean anyStats, PrintWriter out) {
        for (StatsFileReport report : reports) {
            out.println(report.path());
            if (report.scan().encoding() != LogEncoding.UTF_8) {
                out.println("  (" + report.scan().encoding().label() + " text, read as such)");
            }
            List<SccacheStats> blocks = report.scan().blocks();
            if (blocks.isEmpty()) {
                out.println("  no sccache statistics in this file");
            } else {
                out.printf(ROW, "line", "step / group", "format", "requests", "executed", "hits", "misses",
                        "errors", "hit rate");
                for (SccacheStats b : blocks) {
                    out.printf(ROW, b.line(), fit(where(b), 28), b.format().wireName(), n(b.compileRequests()),
                            n(b.requestsExecuted()), n(b.hits()), n(b.misses()), n(b.errors()), rate(b.hitRate()));
                    details(b, out);
                }
            }
            for (Diagnosis d : report.diagnoses()) {
                out.println("  ! " + d.code().code() + ": " + d.message());
                if (d.evidence() != null) {
                    out.println("      seen: " + d.evidence());
                }
            }
            report.job().totals().ifPresent(t -> out.println("  job: " + totals(t)));
            out.println();
        }
        out.println("total: " + (anyStats ? totals(total) : "no sccache statistics found"));
    }

    private static void details(SccacheStats b, PrintWriter out) {
        if (!b.languages().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, LanguageStats> e : b.languages().entrySet()) {
                parts.add(e.getKey() + " " + count(e.getValue().hits(), "hit", "hits") + " / "
                        + count(e.getValue().misses(), "miss", "misses"));
            }
            out.println("          languages: " + String.join(", ", parts));
        }
        if (b.cacheLocation() != null || b.version() != null) {
            out.println("          cache: " + (b.cacheLocation() == null ? "?" : b.cacheLocation().kind().description()
                    + " (" + b.cacheLocation().raw() + ")") + (b.version() == null ? "" : ", sccache " + b.version()));
        }
        if (b.truncated() && b.format() != dev.wheelhouse.sccache.StatsFormat.NOTICE) {
            out.println("          (the block is cut short in this file)");
        }
    }

    private static String totals(CacheTotals t) {
        return count(t.hits(), "hit", "hits") + ", " + count(t.misses(), "miss", "misses") + ", "
                + count(t.errors(), "error", "errors") + "; " + rate(t.hitRate());
    }

    private static String count(Long value, String one, String many) {
        return value == null ? "? " + many : value + " " + (value == 1 ? one : many);
    }

    private static String rate(HitRate rate) {
        if (rate.noCompilations() && rate.definition() == HitRate.Definition.SCCACHE) {
            return rate.label() + " - (nothing compiled through sccache)";
        }
        return rate.label() + " " + rate.display();
    }

    private static String where(SccacheStats b) {
        if (b.step() != null && b.group() != null) {
            return b.step() + " / " + b.group();
        }
        return b.step() != null ? b.step() : b.group() != null ? b.group() : "-";
    }

    private static String n(Long value) {
        return value == null ? "-" : value.toString();
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
