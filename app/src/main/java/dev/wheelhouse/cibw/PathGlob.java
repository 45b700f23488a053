package dev.wheelhouse.cibw;

import java.util.regex.Pattern;

/**
 * A glob as the Actions toolkit's {@code @actions/glob} and {@code minimatch} read one: {@code *} and
 * {@code ?} stay within a path segment, {@code **} crosses segments, {@code [...]} is a character class.
 */
public final class PathGlob {

    private final Pattern regex;

    private PathGlob(Pattern regex) {
        this.regex = regex;
    }

    public static PathGlob of(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                out.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else if (c == '[') {
                int end = glob.indexOf(']', i + 1);
                if (end < 0) {
                    out.append("\\[");
                } else {
                    String body = glob.substring(i + 1, end);
                    String members = body.startsWith("!") ? body.substring(1) : body;
                    out.append('[').append(body.startsWith("!") ? "^" : "")
                            .append(members.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new PathGlob(Pattern.compile(out.toString()));
    }

    /** Whether the glob has any wildcard at all. */
    public static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }
}
