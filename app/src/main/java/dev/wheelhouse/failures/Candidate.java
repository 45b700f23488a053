package dev.wheelhouse.failures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line that may be the key line of a failure, while the pass still collects the lines after it.
 * Mutable and private to one pass.
 */
final class Candidate {

    /** Lines kept above and below a key line: 12 + 1 + 7 = {@link LogExcerpt#MAX_LINES}. */
    static final int BEFORE = 12;
    static final int AFTER = 7;
    /** Context lines are shown, not archived: a 64 KiB line is cut to this. */
    private static final int MAX_CONTEXT_CHARS = 400;

    final Symptoms.Match match;
    final long line;
    final String text;
    final String step;
    final Instant stamp;
    final boolean clean;
    final boolean fromAnnotation;
    private final long firstBefore;
    private final List<String> before;
    private final List<String> after = new ArrayList<>();
    private int afterWanted;

    /**
     * @param text   the line without timestamp and colours (trailing blanks dropped)
     * @param match  the symptom found in {@code text.strip()}
     */
    Candidate(Symptoms.Match match, long line, String text, String step, Instant stamp, List<String> before,
              boolean fromAnnotation) {
        this.match = match;
        this.line = line;
        this.text = text;
        this.step = step;
        this.stamp = stamp;
        this.fromAnnotation = fromAnnotation;
        this.clean = cleanStart(text.strip(), match.start());
        List<String> kept = before.subList(Math.max(0, before.size() - BEFORE), before.size());
        this.before = kept.stream().map(Candidate::shortened).toList();
        this.firstBefore = line - this.before.size();
        this.afterWanted = fromAnnotation ? 0 : AFTER;
    }

    Symptom symptom() {
        return match.symptom();
    }

    FailureClass failureClass() {
        return match.symptom().cls();
    }

    boolean wantsMore() {
        return afterWanted > 0;
    }

    void addAfter(String next) {
        if (afterWanted > 0) {
            after.add(shortened(next));
            afterWanted--;
        }
    }

    List<String> after() {
        return after;
    }

    LogExcerpt excerpt() {
        if (fromAnnotation) {
            return LogExcerpt.NONE;
        }
        List<String> lines = new ArrayList<>(before);
        lines.add(shortened(text));
        lines.addAll(after);
        return new LogExcerpt(firstBefore, lines, before.size());
    }

    /**
     * Whether the symptom starts the line's text, or follows only a tool's name and an "error:"
     * ({@code error: Microsoft Visual C++…}, {@code ld: symbol(s)…}): the tool's own line, rather
     * than a test runner's report that quotes it.
     */
    static boolean cleanStart(String body, int at) {
        if (at <= 0) {
            return true;
        }
        if (at > body.length()) {
            return false;
        }
        String prefix = body.substring(0, at);
        return ERROR_LABEL.matcher(prefix).matches() || TOOL_LABEL.matcher(prefix).matches();
    }

    /** What may stand before a symptom on a tool's own line: an error label, a tool's name. */
    private static final Pattern ERROR_LABEL =
            Pattern.compile("(?:##\\[error\\])?(?:[\\w.+-]+: )?(?:fatal )?(?:error|Error|ERROR)?(?:\\[\\w+\\])?:? ?");
    private static final Pattern TOOL_LABEL = Pattern.compile("[\\w.+/-]+: ");

    private static String shortened(String s) {
        return s.length() <= MAX_CONTEXT_CHARS ? s : s.substring(0, MAX_CONTEXT_CHARS - 1) + "…";
    }
}
