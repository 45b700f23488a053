package dev.wheelhouse.sccache;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed labels of a {@code --show-stats} table across sccache 0.2–0.15, each with the form
 * its value must have. Labels are matched by text, never by column: the name column's width
 * changes with the version and the longest label printed.
 */
enum TextLabel {
    COMPILE_REQUESTS("Compile requests", Value.COUNT),
    REQUESTS_EXECUTED("Compile requests executed", Value.COUNT),
    CACHE_HITS("Cache hits", Value.COUNT),
    CACHE_MISSES("Cache misses", Value.COUNT),
    CACHE_HITS_RATE("Cache hits rate", Value.RATE),
    // A development build (sccache PR 2844) prints these; they are not `Cache hits`.
    DIRECT_CACHE_HITS("Direct cache hits", Value.COUNT),
    DIRECT_CACHE_HITS_RATE("Direct cache hits rate", Value.RATE),
    CACHE_TIMEOUTS("Cache timeouts", Value.COUNT),
    CACHE_READ_ERRORS("Cache read errors", Value.COUNT),
    FORCED_RECACHES("Forced recaches", Value.COUNT),
    CACHE_WRITE_ERRORS("Cache write errors", Value.COUNT),
    CACHE_ERRORS("Cache errors", Value.COUNT),
    COMPILATIONS("Compilations", Value.COUNT),
    COMPILATION_FAILURES("Compilation failures", Value.COUNT),
    NON_CACHEABLE_COMPILATIONS("Non-cacheable compilations", Value.COUNT),
    NON_CACHEABLE_CALLS("Non-cacheable calls", Value.COUNT),
    NON_COMPILATION_CALLS("Non-compilation calls", Value.COUNT),
    UNSUPPORTED_COMPILER_CALLS("Unsupported compiler calls", Value.COUNT),
    SUCCESSFUL_DISTRIBUTED("Successful distributed compilations", Value.COUNT),
    FAILED_DISTRIBUTED("Failed distributed compilations", Value.COUNT),
    AVERAGE_CACHE_WRITE("Average cache write", Value.DURATION),
    AVERAGE_CACHE_READ_MISS("Average cache read miss", Value.DURATION),
    AVERAGE_COMPILER("Average compiler", Value.DURATION),
    AVERAGE_CACHE_READ_HIT("Average cache read hit", Value.DURATION),
    MULTI_LEVEL_LEVELS("Multi-level cache levels", Value.COUNT),
    CACHE_LOCATION("Cache location", Value.LOCATION),
    PREPROCESSOR_CACHE_LOCATION("Preprocessor cache location", Value.TEXT),
    BASE_DIRECTORIES("Base directories", Value.TEXT),
    USE_DIRECT_MODE("Use direct/preprocessor mode?", Value.YES_NO),
    VERSION_CLIENT("Version (client)", Value.TEXT),
    CACHE_SIZE("Cache size", Value.SIZE),
    MAX_CACHE_SIZE("Max cache size", Value.SIZE);

    /** The shape a label's value must have for the line to count as a stats line. */
    enum Value {
        COUNT("\\d{1,18}"),
        RATE("-|\\d{1,3}(\\.\\d+)? %"),
        DURATION("\\d+(\\.\\d+)? s"),
        SIZE("\\d+ (bytes|[KMGTPEZY]iB)"),
        YES_NO("yes|no"),
        LOCATION(".+"),
        TEXT(".+");

        private final Pattern pattern;

        Value(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        boolean accepts(String value) {
            return pattern.matcher(value).matches();
        }
    }

    /** Longest first, so {@code Compile requests executed} wins over {@code Compile requests}. */
    static final List<TextLabel> LONGEST_FIRST = Arrays.stream(values())
            .sorted(Comparator.comparingInt((TextLabel l) -> l.text.length()).reversed())
            .toList();

    final String text;
    final Value value;

    TextLabel(String text, Value value) {
        this.text = text;
        this.value = value;
    }
}
