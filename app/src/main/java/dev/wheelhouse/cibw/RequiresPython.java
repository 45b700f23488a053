package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's {@code requires-python}, a PEP 440 specifier set such as {@code >=3.10} or
 * {@code >=3.9, <3.14}. cibuildwheel skips every identifier whose Python {@code X.Y.99} the set
 * does not contain (https://cibuildwheel.pypa.io/en/stable/options/#requires-python).
 *
 * <p>Only release segments are compared; pre-, post- and dev-release suffixes in the specifier are
 * not interpreted. That covers the specifiers projects write for {@code requires-python}.
 */
public final class RequiresPython {

    private static final Pattern CLAUSE =
            Pattern.compile("\\s*(~=|===|==|!=|<=|>=|<|>)\\s*([0-9]+(?:\\.[0-9]+)*)(\\.\\*)?\\s*");

    private record Clause(String operator, List<Integer> version, boolean wildcard) {
    }

    private final String text;
    private final List<Clause> clauses;

    private RequiresPython(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = List.copyOf(clauses);
    }

    /**
     * Parses a specifier set.
     *
     * @throws IllegalArgumentException naming the clause that is not a version specifier
     */
    public static RequiresPython parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("requires-python '" + text + "' has a clause '" + part.trim()
                        + "' that is not a version specifier such as >=3.10");
            }
            boolean wildcard = m.group(3) != null;
            String operator = m.group(1);
            if (wildcard && !operator.equals("==") && !operator.equals("!=")) {
                throw new IllegalArgumentException("requires-python '" + text + "': '.*' is only allowed after == or !=");
            }
            List<Integer> version = new ArrayList<>();
            for (String segment : m.group(2).split("\\.")) {
                version.add(Integer.parseInt(segment));
            }
            if (operator.equals("~=") && version.size() < 2) {
                throw new IllegalArgumentException("requires-python '" + text + "': ~= needs at least two segments");
            }
            clauses.add(new Clause(operator, version, wildcard));
        }
        return new RequiresPython(text.trim(), clauses);
    }

    /** Whether cibuildwheel would build for Python {@code major.minor} ({@code X.Y.99} is in the set). */
    public boolean allows(int major, int minor) {
        List<Integer> candidate = List.of(major, minor, 99);
        for (Clause clause : clauses) {
            if (!contains(clause, candidate)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean contains(Clause clause, List<Integer> candidate) {
        List<Integer> v = clause.version();
        return switch (clause.operator()) {
            case ">=" -> compare(candidate, v) >= 0;
            case ">" -> compare(candidate, v) > 0;
            case "<=" -> compare(candidate, v) <= 0;
            case "<" -> compare(candidate, v) < 0;
            case "==" -> clause.wildcard() ? prefixMatches(candidate, v) : compare(candidate, v) == 0;
            case "!=" -> clause.wildcard() ? !prefixMatches(candidate, v) : compare(candidate, v) != 0;
            case "~=" -> compare(candidate, v) >= 0 && prefixMatches(candidate, v.subList(0, v.size() - 1));
            // === is string identity: "3.10.99" is never written there in practice.
            default -> join(candidate).equals(join(v));
        };
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        int length = Math.max(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static boolean prefixMatches(List<Integer> candidate, List<Integer> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            int x = i < candidate.size() ? candidate.get(i) : 0;
            if (x != prefix.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Integer> version) {
        return String.join(".", version.stream().map(String::valueOf).toList());
    }
}
