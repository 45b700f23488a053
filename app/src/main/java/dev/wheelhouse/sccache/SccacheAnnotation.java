package dev.wheelhouse.sccache;

import java.util.Optional;

/**
 * sccache-action's notice as a check-run annotation, the cheapest source of a job's figures: it
 * needs no log download. The action calls {@code core.notice(text, {title: "sccache stats - <job>"})}
 * (before v0.0.10 the title is {@code sccache stats}); GitHub keeps it as an annotation of level
 * {@code notice} with that title and the text as {@code message}
 * (<a href="https://github.com/Mozilla-Actions/sccache-action/blob/main/src/show_stats.ts">src/show_stats.ts</a>).
 */
public final class SccacheAnnotation {

    private static final String TITLE = "sccache stats";

    private SccacheAnnotation() {
    }

    /**
     * The figures of an annotation, if it is sccache-action's notice.
     *
     * @param level   the annotation's {@code annotation_level}
     * @param title   its {@code title}, may be null
     * @param message its {@code message}
     * @return a notice block (line 0; step = the job named in the title, if any)
     */
    public static Optional<SccacheStats> parse(String level, String title, String message) {
        if (!"notice".equals(level) || title == null || !title.startsWith(TITLE) || message == null) {
            return Optional.empty();
        }
        String job = title.startsWith(TITLE + " - ") ? title.substring(TITLE.length() + 3).strip() : null;
        return Optional.ofNullable(NoticeParser.parseMessage(message, job));
    }
}
