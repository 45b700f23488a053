package dev.wheelhouse.sccache;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads one human-readable {@code --show-stats} table, line by line, wherever it sits: after a
 * log prefix, indented, in a markdown fence or between other step output. A block starts at a
 * stats line and ends at a line that cannot belong to it (which the caller then handles as any
 * other line). Output from elsewhere may be interleaved with the table (a shell's {@code set -x}
 * trace {@code + '[' OFF == ON ']'} goes to stderr while sccache writes stdout): up to
 * {@value #MAX_INTERRUPTION} foreign lines are passed over when the table then goes on with a
 * line other than its first, so one table is never read as two.
 */
final class TextBlockParser {

    /** What a line offered to an open block turned out to be. */
    enum Offer {
        /** A line of the table. */
        BELONGS,
        /** A foreign line inside the table: the block is held open; handle the line as other output. */
        INTERRUPTION,
        /** The table has ended before this line: finish the block, then handle the line. */
        ENDED
    }

    /** Foreign lines passed over inside one table. */
    static final int MAX_INTERRUPTION = 2;

    private enum Section { MAIN, REASONS, DISTRIBUTED }

    /** The per-language lists whose end has been seen: an absent language there means 0. */
    private enum LanguageList { HITS, MISSES, ERRORS }

    private StatsBuilder block;
    private int column;
    private Section section;
    private boolean pendingBlank;
    private LanguageList openList;
    private final Set<LanguageList> closedLists = EnumSet.noneOf(LanguageList.class);
    private final Map<String, Long[]> languages = new LinkedHashMap<>();
    private boolean advancedStats;
    private boolean sawLocation;
    private boolean cutShort;
    private int foreignLines;

    /** A block is open (possibly held across an interruption). */
    boolean active() {
        return block != null;
    }

    /**
     * Starts a block if {@code content} is a stats line: a label at the start of the line, or
     * {@code Compile requests} (the first line of every version) after some other prefix.
     */
    boolean tryStart(String content, long line, String step, String group) {
        int indent = leadingBlanks(content);
        TextLine parsed = startLine(content.substring(indent));
        int at = indent;
        if (parsed == null) {
            at = content.indexOf("Compile requests");
            if (at <= 0) {
                return false;
            }
            parsed = startLine(content.substring(at));
            if (parsed == null) {
                return false;
            }
        }
        reset();
        block = new StatsBuilder(StatsFormat.TEXT, line, step, group);
        column = at;
        apply(parsed);
        return true;
    }

    /** Offers the next line of the log to the open block. */
    Offer offer(String content) {
        TextLine parsed = parseAtColumn(content);
        if (foreignLines > 0) {
            if (continues(parsed)) {
                foreignLines = 0;
                pendingBlank = false;
                apply(parsed);
                return Offer.BELONGS;
            }
            return parsed == null && foreignLines++ < MAX_INTERRUPTION ? Offer.INTERRUPTION : Offer.ENDED;
        }
        if (parsed == null) {
            foreignLines = 1;
            return Offer.INTERRUPTION;
        }
        if (parsed.kind() == TextLine.Kind.BLANK) {
            if (pendingBlank) {
                return Offer.ENDED;
            }
            pendingBlank = true;
            if (section != Section.MAIN) {
                section = Section.MAIN;
            }
            return Offer.BELONGS;
        }
        pendingBlank = false;
        apply(parsed);
        return Offer.BELONGS;
    }

    /** After an interruption, a line goes on with the table unless it starts another one. */
    private static boolean continues(TextLine parsed) {
        return parsed != null && parsed.kind() != TextLine.Kind.BLANK
                && !(parsed.kind() == TextLine.Kind.LABEL && parsed.label() == TextLabel.COMPILE_REQUESTS);
    }

    /** Ends the block at a line that may have been cut short, and returns its figures. */
    SccacheStats finishCut() {
        cutShort = true;
        return finish();
    }

    /** Ends the block and returns its figures. */
    SccacheStats finish() {
        StatsBuilder b = block;
        b.truncated = cutShort || !sawLocation;
        if (!advancedStats) {
            languages.forEach((name, figures) -> b.languages.put(name, new LanguageStats(
                    orZero(figures[0], LanguageList.HITS),
                    orZero(figures[1], LanguageList.MISSES),
                    orZero(figures[2], LanguageList.ERRORS))));
        }
        reset();
        return b.build();
    }

    private void reset() {
        block = null;
        section = Section.MAIN;
        pendingBlank = false;
        openList = null;
        closedLists.clear();
        languages.clear();
        advancedStats = false;
        sawLocation = false;
        cutShort = false;
        foreignLines = 0;
    }

    /** The line at the block's column; or, failing that, the whole line stripped (indent changes). */
    private TextLine parseAtColumn(String content) {
        String atColumn = content.length() > column ? content.substring(column).strip() : "";
        TextLine parsed = parseInSection(atColumn);
        if (parsed == null && column > 0) {
            parsed = parseInSection(content.strip());
        }
        return parsed;
    }

    private TextLine parseInSection(String body) {
        TextLine parsed = TextLine.parse(body);
        if (parsed != null || section == Section.MAIN) {
            return parsed;
        }
        return TextLine.sectionEntry(body);
    }

    private static TextLine startLine(String body) {
        TextLine parsed = TextLine.parse(body.strip());
        if (parsed == null || parsed.kind() == TextLine.Kind.BLANK
                || parsed.kind() == TextLine.Kind.SECTION_ENTRY
                || parsed.kind() == TextLine.Kind.REASONS_HEADER
                || parsed.kind() == TextLine.Kind.DISTRIBUTED_HEADER) {
            return null;
        }
        // A lone location line is trusted only in a form sccache prints.
        if (parsed.label() == TextLabel.CACHE_LOCATION && !CacheLocation.looksLikeLocation(parsed.value())) {
            return null;
        }
        return parsed;
    }

    private void apply(TextLine line) {
        switch (line.kind()) {
            case REASONS_HEADER -> {
                closeOpenList();
                section = Section.REASONS;
            }
            case DISTRIBUTED_HEADER -> {
                closeOpenList();
                section = Section.DISTRIBUTED;
            }
            case LANGUAGE_HITS -> language(line, LanguageList.HITS, 0);
            case LANGUAGE_MISSES -> language(line, LanguageList.MISSES, 1);
            case LANGUAGE_ERRORS -> language(line, LanguageList.ERRORS, 2);
            case LANGUAGE_RATE, LEVEL -> closeOpenList();
            case SECTION_ENTRY -> {
                // Entries of the distributed-compiles section name build servers; nothing to keep.
                if (section == Section.REASONS) {
                    block.nonCacheableReasons.merge(line.name(), Long.parseLong(line.value()), Long::sum);
                }
            }
            case LABEL -> {
                section = Section.MAIN;
                label(line.label(), line.value());
            }
            case BLANK -> { }
        }
    }

    private void language(TextLine line, LanguageList list, int index) {
        if (openList != list) {
            closeOpenList();
        }
        String name = line.name();
        // --show-adv-stats prints lower-case language and compiler ("c++ [gcc]"), not languages.
        if (name.indexOf('[') >= 0 || Character.isLowerCase(name.charAt(0))) {
            advancedStats = true;
        }
        languages.computeIfAbsent(name, k -> new Long[3])[index] = Long.parseLong(line.value());
    }

    private void label(TextLabel label, String value) {
        closeOpenList();
        StatsBuilder b = block;
        switch (label) {
            case COMPILE_REQUESTS -> b.compileRequests = Long.parseLong(value);
            case REQUESTS_EXECUTED -> b.requestsExecuted = Long.parseLong(value);
            case CACHE_HITS -> {
                b.hits = Long.parseLong(value);
                openList = LanguageList.HITS;
            }
            case CACHE_MISSES -> {
                b.misses = Long.parseLong(value);
                openList = LanguageList.MISSES;
            }
            case CACHE_ERRORS -> {
                b.errors = Long.parseLong(value);
                openList = LanguageList.ERRORS;
            }
            case CACHE_HITS_RATE -> b.printedRate = HitRate.printedBySccache(value);
            case CACHE_TIMEOUTS -> b.timeouts = Long.parseLong(value);
            case CACHE_READ_ERRORS -> b.readErrors = Long.parseLong(value);
            case CACHE_WRITE_ERRORS -> b.writeErrors = Long.parseLong(value);
            case COMPILATION_FAILURES -> b.compilationFailures = Long.parseLong(value);
            case NON_CACHEABLE_CALLS -> b.nonCacheableCalls = Long.parseLong(value);
            case CACHE_LOCATION -> {
                b.cacheLocation = CacheLocation.parse(value);
                sawLocation = true;
            }
            case VERSION_CLIENT -> b.version = value;
            default -> { }
        }
    }

    private void closeOpenList() {
        if (openList != null) {
            closedLists.add(openList);
            openList = null;
        }
    }

    private Long orZero(Long printed, LanguageList list) {
        if (printed != null) {
            return printed;
        }
        // sccache prints a language's line only when its count is non-zero.
        return closedLists.contains(list) ? 0L : null;
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
