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
               String message, Pattern contextDetail) {

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
        return new Symptom(id, cls, weight, literal, null, Scope.ANYWHERE, message, null);
    }

    static Symptom of(String id, FailureClass cls, int weight, String literal, String regex, String message) {
        return new Symptom(id, cls, weight, literal, Pattern.compile(regex), Scope.ANYWHERE, message, null);
    }

    Symptom only(Scope where) {
        return new Symptom(id, cls, weight, literal, pattern, where, message, contextDetail);
    }

    Symptom detailAfter(String regex) {
        return new Symptom(id, cls, weight, literal, pattern, scope, message, Pattern.compile(regex));
    }

    /** The match in {@code line} (already known to hold the literal), or null. */
    Matcher match(String line) {
        Matcher m = (pattern == null ? LITERAL : pattern).matcher(line);
        return pattern == null || m.find() ? m : null;
    }

    boolean countsIn(boolean testing) {
        return scope == Scope.ANYWHERE || (scope == Scope.IN_TESTS) == testing;
    }

    private static final Pattern LITERAL = Pattern.compile("");
}
