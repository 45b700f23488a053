package dev.wheelhouse.sandbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What sccache 0.10 and sccache-action v0.0.9 print, in the layouts of samples/sccache:
 * {@code --show-stats} text (labels in a 32-column name field, counts right-aligned to column
 * 39, seconds and percentages two further), {@code --stats-format=json} on one line, and the
 * action's notice ({@code NN% - X hits, Y misses, Z errors}; v0.0.9 predates the singular
 * nouns of v0.0.10).
 */
public final class SccacheOutput {

    public static final String VERSION = "0.10.0";

    private SccacheOutput() {
    }

    public static List<String> text(SccacheStats s) {
        List<String> lines = new ArrayList<>();
        lines.add(count("Compile requests", s.compileRequests()));
        lines.add(count("Compile requests executed", s.requestsExecuted()));
        lines.add(count("Cache hits", s.totalHits()));
        perLanguage(lines, "Cache hits", s.hits());
        lines.add(count("Cache misses", s.totalMisses()));
        perLanguage(lines, "Cache misses", s.misses());
        Double rate = s.hitRatePercent();
        lines.add(rate == null ? String.format("%-32s%7s", "Cache hits rate", "-")
                : String.format(Locale.ROOT, "%-32s%9s", "Cache hits rate", String.format(Locale.ROOT, "%.2f %%", rate)));
        for (String language : SccacheStats.languageOrder()) {
            int h = s.hits().getOrDefault(language, 0);
            int m = s.misses().getOrDefault(language, 0);
            if (h + m > 0) {
                lines.add(String.format(Locale.ROOT, "%-32s%9s", "Cache hits rate (" + language + ")",
                        String.format(Locale.ROOT, "%.2f %%", h * 100.0 / (h + m))));
            }
        }
        lines.add(count("Cache timeouts", 0));
        lines.add(count("Cache read errors", 0));
        lines.add(count("Forced recaches", 0));
        lines.add(count("Cache write errors", s.cacheWriteErrors()));
        lines.add(count("Compilations", s.totalMisses()));
        lines.add(count("Compilation failures", s.compilationFailures()));
        lines.add(count("Cache errors", s.cacheErrors()));
        lines.add(count("Non-cacheable compilations", 0));
        lines.add(count("Non-cacheable calls", s.nonCacheableCalls()));
        lines.add(count("Non-compilation calls", s.nonCompilationCalls()));
        lines.add(count("Unsupported compiler calls", 0));
        lines.add(seconds("Average cache write", s.averageCacheWriteSeconds()));
        lines.add(seconds("Average compiler", s.averageCompilerSeconds()));
        lines.add(seconds("Average cache read hit", s.averageCacheReadHitSeconds()));
        lines.add(count("Failed distributed compilations", 0));
        if (!s.nonCacheableReasons().isEmpty()) {
            lines.add("");
            lines.add("Non-cacheable reasons:");
            s.nonCacheableReasons().forEach((reason, n) -> lines.add(count(reason, n)));
            lines.add("");
        }
        lines.add(String.format("%-32s%s", "Cache location", "ghac, name: sccache-v" + VERSION + ", prefix: /sccache/"));
        lines.add(String.format("%-32s%s", "Use direct/preprocessor mode?", "yes"));
        lines.add(String.format("%-32s%s", "Version (client)", VERSION));
        return lines;
    }

    /** One line, as {@code sccache --show-stats --stats-format=json} prints it. */
    public static String json(SccacheStats s, RunnerOs os) {
        String compiler = switch (os) {
            case WINDOWS -> "c [msvc]";
            case MACOS -> "c [clang]";
            default -> "c [gcc]";
        };
        StringBuilder j = new StringBuilder("{\"stats\":{");
        j.append("\"compile_requests\":").append(s.compileRequests());
        j.append(",\"requests_unsupported_compiler\":0,\"requests_not_compile\":").append(s.nonCompilationCalls());
        j.append(",\"requests_not_cacheable\":").append(s.nonCacheableCalls());
        j.append(",\"requests_executed\":").append(s.requestsExecuted());
        j.append(",\"cache_errors\":").append(counts(Map.of(), compiler));
        j.append(",\"cache_hits\":").append(counts(s.hits(), compiler));
        j.append(",\"cache_misses\":").append(counts(s.misses(), compiler));
        j.append(",\"cache_timeouts\":0,\"cache_read_errors\":0,\"non_cacheable_compilations\":0,\"forced_recaches\":0");
        j.append(",\"cache_write_errors\":").append(s.cacheWriteErrors());
        j.append(",\"cache_writes\":").append(s.cacheWrites());
        j.append(",\"cache_write_duration\":").append(duration(s.averageCacheWriteSeconds() * s.cacheWrites()));
        j.append(",\"cache_read_hit_duration\":").append(duration(s.averageCacheReadHitSeconds() * s.totalHits()));
        j.append(",\"compiler_write_duration\":").append(duration(s.averageCompilerSeconds() * s.totalMisses()));
        j.append(",\"compilations\":").append(s.totalMisses());
        j.append(",\"compile_fails\":").append(s.compilationFailures());
        j.append(",\"not_cached\":{");
        List<String> reasons = new ArrayList<>();
        s.nonCacheableReasons().forEach((k, v) -> reasons.add("\"" + k + "\":" + v));
        j.append(String.join(",", reasons)).append('}');
        j.append(",\"dist_compiles\":{},\"dist_errors\":0}");
        j.append(",\"cache_location\":\"ghac, name: sccache-v").append(VERSION).append(", prefix: /sccache/\"");
        j.append(",\"cache_size\":null,\"max_cache_size\":null,\"use_preprocessor_cache_mode\":true");
        j.append(",\"version\":\"").append(VERSION).append("\"}");
        return j.toString();
    }

    /** The notice's text, without the {@code ##[notice]} marker. */
    public static String notice(SccacheStats s) {
        return s.noticePercent() + "% - " + s.totalHits() + " hits, " + s.totalMisses() + " misses, "
                + s.cacheErrors() + " errors";
    }

    private static String counts(Map<String, Integer> byLanguage, String cCompiler) {
        List<String> counts = new ArrayList<>();
        List<String> adv = new ArrayList<>();
        for (String language : List.of("Rust", "C/C++")) {
            Integer n = byLanguage.get(language);
            if (n != null && n > 0) {
                counts.add("\"" + language + "\":" + n);
                adv.add("\"" + (language.equals("Rust") ? "rust" : cCompiler) + "\":" + n);
            }
        }
        return "{\"counts\":{" + String.join(",", counts) + "},\"adv_counts\":{" + String.join(",", adv) + "}}";
    }

    private static String duration(double seconds) {
        long secs = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - secs) * 1e9);
        return "{\"secs\":" + secs + ",\"nanos\":" + Math.min(nanos, 999_999_999) + "}";
    }

    private static void perLanguage(List<String> lines, String label, Map<String, Integer> counts) {
        for (String language : SccacheStats.languageOrder()) {
            int n = counts.getOrDefault(language, 0);
            if (n > 0) {
                lines.add(count(label + " (" + language + ")", n));
            }
        }
    }

    private static String count(String label, long n) {
        return String.format("%-32s%7d", label, n);
    }

    private static String seconds(String label, double value) {
        return String.format(Locale.ROOT, "%-32s%9s", label, String.format(Locale.ROOT, "%.3f s", value));
    }
}
