package dev.wheelhouse.sccache;

import java.util.regex.Pattern;

/**
 * Gathers one {@code --stats-format=json} object: a single line (sccache prints no newline after
 * it, so the next output may share the line) or pretty-printed over many lines (sccache-action's
 * step summary). Braces are counted outside strings to find the object's end; text after it is
 * ignored. The collected text is capped, so a runaway object cannot fill the heap.
 */
final class JsonBlockCollector {

    static final int MAX_CHARS = 1 << 20;
    private static final Pattern STATS_OBJECT_START = Pattern.compile("\\{\\s*\"stats\"\\s*:");

    private final StringBuilder text = new StringBuilder();
    private boolean active;
    private boolean awaitingStatsKey;
    private int depth;
    private boolean inString;
    private boolean escaped;
    private int safeEnd;
    private boolean closed;
    private boolean overflow;
    private long line;
    private String step;
    private String group;

    boolean active() {
        return active;
    }

    /** Whether {@code body} opens a stats object ({@code {"stats":…} or a lone {@code {}). */
    static boolean opens(String body) {
        return !body.isEmpty() && body.charAt(0) == '{'
                && (body.equals("{") || STATS_OBJECT_START.matcher(body).lookingAt());
    }

    /** Starts collecting if {@code body} opens a stats object ({@code {"stats":…} or a lone {@code {}). */
    boolean tryStart(String body, long lineNumber, String stepName, String groupName) {
        if (body.isEmpty() || body.charAt(0) != '{') {
            return false;
        }
        boolean lone = body.equals("{");
        if (!lone && !STATS_OBJECT_START.matcher(body).lookingAt()) {
            return false;
        }
        text.setLength(0);
        active = true;
        awaitingStatsKey = lone;
        depth = 0;
        inString = false;
        escaped = false;
        safeEnd = 0;
        closed = false;
        overflow = false;
        line = lineNumber;
        step = stepName;
        group = groupName;
        append(body);
        return true;
    }

    /**
     * Offers the next line; false when it cannot continue the object (the object is then cut
     * short, or was never a stats object: see {@link #finish()}).
     */
    boolean offer(String body) {
        if (awaitingStatsKey) {
            if (!body.startsWith("\"stats\"")) {
                active = false;
                return false;
            }
            awaitingStatsKey = false;
        }
        if (body.isEmpty() || "\"{}[],-0123456789tfn".indexOf(body.charAt(0)) < 0) {
            return false;
        }
        text.append(' ');
        append(body);
        return true;
    }

    /** The object's closing brace has been read (or the size cap reached). */
    boolean complete() {
        return closed || overflow;
    }

    /** Ends collection: the block's figures, or null when there was no stats object after all. */
    SccacheStats finish() {
        if (!active) {
            return null;
        }
        active = false;
        StatsBuilder b = new StatsBuilder(StatsFormat.JSON, line, step, group);
        b.truncated = !closed;
        String json = closed ? text.toString() : text.substring(0, safeEnd);
        return JsonStatsReader.read(json, b) ? b.build() : null;
    }

    private void append(String s) {
        for (int i = 0; i < s.length() && !closed; i++) {
            if (text.length() >= MAX_CHARS) {
                overflow = true;
                return;
            }
            char c = s.charAt(i);
            text.append(c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> {
                    depth++;
                    safeEnd = text.length();
                }
                case '}', ']' -> {
                    depth--;
                    safeEnd = text.length();
                    closed = depth == 0;
                }
                case ',' -> safeEnd = text.length() - 1;
                default -> { }
            }
        }
    }
}
