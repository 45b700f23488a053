package dev.wheelhouse.failures;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that shows a failure of some class: what the tool prints, as a literal every such line
 * holds (found fast, see {@link LiteralSearch}) and, when the literal alone is too loose, a
 * pattern the line must also match. The weight says how sure and how root-cause the line is: a
 * compiler's {@code file:line: error:} outweighs the {@code error: could not compile} that
 * follows it. A symptom may count only inside a test run ({@code testsOnly}), or only outside one.
 *
 * @param message one sentence for the user; {@code {detail}} takes the pattern's {@code detail}
 *                group (or {@code contextDetail}'s first group found in the lines after the key
 *                line), {@code {location}} the compiler's file:line; {@code {a|b}} reads b when a is
 *                unknown
 */
record Symptom(String id, FailureClass cls, int weight, String literal, Pattern pattern, Scope scope,
               String message, Pattern contextDetail, Locator locator) {

    /** Where the line counts. */
    enum Scope { ANYWHERE, IN_TESTS, OUTSIDE_TESTS }

    Symptom {
        Objects.requireNonNull(id);
        Objects.requireNonNull(cls);
        Objects.requireNonNull(literal);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(message);
    }

    static Symptom of(String id, FailureClass cls, int weight, String literal, String message) {
        return new Symptom(id, cls, weight, literal, null, Scope.ANYWHERE, message, null, null);
    }

    static Symptom of(String id, FailureClass cls, int weight, String literal, String regex, String message) {
        return new Symptom(id, cls, weight, literal, Pattern.compile(regex), Scope.ANYWHERE, message, null, null);
    }

    Symptom only(Scope where) {
        return new Symptom(id, cls, weight, literal, pattern, where, message, contextDetail, locator);
    }

    Symptom detailAfter(String regex) {
        return new Symptom(id, cls, weight, literal, pattern, scope, message, Pattern.compile(regex), locator);
    }

    /** This symptom, its pattern searched for only where {@code where} says a match can start. */
    Symptom located(Locator where) {
        return new Symptom(id, cls, weight, literal, pattern, scope, message, contextDetail, where);
    }

    /** The match in {@code line} (already known to hold the literal), or null. */
    Matcher match(String line) {
        Matcher m = (pattern == null ? LITERAL : pattern).matcher(line);
        if (pattern == null) {
            return m;
        }
        if (locator != null) {
            int from = locator.earliestStart(line);
            if (from < 0) {
                return null;
            }
            m.region(from, line.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return m.find() ? m : null;
    }

    boolean countsIn(boolean testing) {
        return scope == Scope.ANYWHERE || (scope == Scope.IN_TESTS) == testing;
    }

    private static final Pattern LITERAL = Pattern.compile("");

    /**
     * Where a compiler's {@code file:line: error:} can start, for a pattern whose file part is a
     * lazy run of anything but a delimiter ({@code [^:]*?}): searched from every position, such
     * a pattern reads to the next delimiter from each, and an 8 KiB line without one took 0.75 s
     * (a log of such lines never finished). Every match ends in {@code tail}, which starts with
     * the delimiter, and its file starts no earlier than {@code back} characters before the
     * delimiter-free run ahead of the first tail; the search starts there, and a line without a
     * tail is not searched at all. The match found is the one a search of the whole line finds.
     */
    record Locator(Pattern tail, char delimiter, int back) {

        /** Where the search may start, or -1 when the line holds no tail. */
        int earliestStart(String line) {
            Matcher t = tail.matcher(line);
            if (!t.find()) {
                return -1;
            }
            int run = line.lastIndexOf(delimiter, t.start() - 1) + 1;
            return Math.max(0, run - back);
        }
    }
}
