package dev.wheelhouse.logs;

/** ANSI escape sequences (colours, cursor moves) in log text. */
public final class Ansi {

    private Ansi() {
    }

    /**
     * {@code s} without escape sequences ({@code ESC [ params final} and two-byte ones) and without
     * NUL characters, which some logs carry at line ends and no reader wants.
     */
    public static String strip(String s) {
        int esc = firstOf(s);
        if (esc < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (esc >= 0) {
            out.append(s, i, esc);
            i = s.charAt(esc) == 0 ? esc + 1 : afterEscape(s, esc);
            esc = nextOf(s, i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }

    /** Just past the escape sequence starting at {@code esc}. */
    static int afterEscape(String s, int esc) {
        int i = esc + 1;
        if (i >= s.length()) {
            return i;
        }
        if (s.charAt(i) != '[') {
            return i + 1;
        }
        i++;
        while (i < s.length() && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7E)) {
            i++;
        }
        return Math.min(i + 1, s.length());
    }

    private static int firstOf(String s) {
        int esc = s.indexOf('\u001b');
        int nul = s.indexOf('\0');
        return esc < 0 ? nul : nul < 0 ? esc : Math.min(esc, nul);
    }

    private static int nextOf(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001b' || c == 0) {
                return i;
            }
        }
        return -1;
    }
}
