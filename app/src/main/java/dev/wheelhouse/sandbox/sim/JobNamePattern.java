package dev.wheelhouse.sandbox.sim;

import java.util.regex.Pattern;

/**
 * The job names a fault rule aims at, as its spec writes them: a glob ({@code *} any run of
 * characters, {@code ?} one), or {@code regex:…} for a regular expression. Shared by the job
 * faults and the release faults so both read a pattern the same way.
 */
public final class JobNamePattern {

    private JobNamePattern() {
    }

    public static Pattern of(String pattern) {
        if (pattern.startsWith("regex:")) {
            String regex = pattern.substring("regex:".length());
            try {
                return Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + regex + "' is not a regular expression: "
                        + e.getDescription(), e);
            }
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
