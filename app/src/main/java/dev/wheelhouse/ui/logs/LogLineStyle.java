package dev.wheelhouse.ui.logs;

import dev.wheelhouse.logs.Ansi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one raw log line shows: without its timestamp when asked, colour codes turned into the
 * line's colour (the first foreground colour it sets), GitHub's workflow commands as styles.
 */
final class LogLineStyle {

    private static final Pattern STAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z ");
    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;]*)m");
    private static final String[] COLOURS = {"#6e7781", "#cf222e", "#1a7f37", "#9a6700", "#0969da", "#8250df",
        "#1b7c83", "#6e7781"};

    private LogLineStyle() {
    }

    /** The text shown: colour codes gone, the stamp too unless {@code stamps}. */
    static String text(String raw, boolean stamps) {
        String line = stamps ? raw : STAMP.matcher(raw).replaceFirst("");
        return line.indexOf('\u001b') < 0 ? line : Ansi.strip(line);
    }

    /** The style class of a line: log-error, log-warning, log-group, or null. */
    static String styleClass(String raw) {
        String body = STAMP.matcher(raw).replaceFirst("");
        if (body.startsWith("##[error]") || body.startsWith("Error: ") || body.startsWith("error:")
                || body.startsWith("error[")) {
            return "log-error";
        }
        if (body.startsWith("##[warning]") || body.startsWith("warning:")) {
            return "log-warning";
        }
        if (body.startsWith("##[group]")) {
            return "log-group";
        }
        return null;
    }

    /** The first ANSI foreground colour the line sets (30-37, 90-97) as a CSS colour, or null. */
    static String colour(String raw) {
        if (raw.indexOf('\u001b') < 0) {
            return null;
        }
        Matcher m = SGR.matcher(raw);
        while (m.find()) {
            for (String code : m.group(1).split(";")) {
                if (code.length() == 2 && (code.charAt(0) == '3' || code.charAt(0) == '9')
                        && code.charAt(1) >= '0' && code.charAt(1) <= '7') {
                    return COLOURS[code.charAt(1) - '0'];
                }
            }
        }
        return null;
    }

    /** A line to jump to with "next error": an error the runner or a tool reports. */
    static boolean isError(String raw) {
        return "log-error".equals(styleClass(raw));
    }
}
