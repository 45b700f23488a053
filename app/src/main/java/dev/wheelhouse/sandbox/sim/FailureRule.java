package dev.wheelhouse.sandbox.sim;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Injects a fault into every job whose display name matches. The pattern is a glob
 * ({@code *} any text, {@code ?} one character) unless it starts with {@code regex:}.
 * Written on the command line as {@code PATTERN=KIND}, e.g.
 * {@code build wheels (windows-latest *)=build-failure}.
 */
public record FailureRule(Pattern jobName, CacheFault fault) {

    public FailureRule {
        Objects.requireNonNull(jobName);
        Objects.requireNonNull(fault);
    }

    public static FailureRule of(String pattern, CacheFault fault) {
        return new FailureRule(compile(pattern), fault);
    }

    /** Parses {@code PATTERN=KIND}; the last {@code =} separates them. */
    public static FailureRule parse(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("expected PATTERN=KIND, e.g. 'build wheels (windows*)=build-failure', got: " + spec);
        }
        try {
            return of(spec.substring(0, eq), CacheFault.parse(spec.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault '" + spec.substring(eq + 1)
                    + "': use build-failure, gha-cache-v1, server-startup or write-errors", e);
        }
    }

    public boolean matches(String name) {
        return jobName.matcher(name).matches();
    }

    private static Pattern compile(String pattern) {
        if (pattern.startsWith("regex:")) {
            return Pattern.compile(pattern.substring("regex:".length()));
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
