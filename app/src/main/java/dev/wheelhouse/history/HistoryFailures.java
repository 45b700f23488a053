package dev.wheelhouse.history;

import java.nio.file.Path;
import java.sql.SQLException;

/** SQLite's result codes turned into what a user can act on (https://www.sqlite.org/rescode.html). */
final class HistoryFailures {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private HistoryFailures() {
    }

    /**
     * A failure of the file or its surroundings (read-only, locked, damaged, full, unwritable),
     * which a later try may get past; not a failure of the write itself (a constraint), which
     * would fail again and again.
     */
    static boolean environmental(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        String text = e.getMessage() == null ? "" : e.getMessage();
        return switch (primary) {
            case BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB -> true;
            default -> text.matches("(?s).*SQLITE_(BUSY|LOCKED|READONLY|IOERR|CORRUPT|FULL|CANTOPEN|NOTADB).*");
        };
    }

    /** One plain sentence or two: what happened to the history, and what to do. */
    static String plainMessage(Path file, SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (primary == READONLY || text.contains("SQLITE_READONLY")) {
            return "The history file " + file + " is read-only, so new runs are not being saved. Make it writable "
                    + "(chmod u+w), or set " + DataDirectory.ENV_OVERRIDE + " to a writable folder.";
        }
        if (primary == BUSY || primary == LOCKED || text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")) {
            return "Another program holds the history file " + file + " locked (a second Wheelhouse?), so new runs"
                    + " are not being saved. Saving resumes by itself once it lets go; close the other one.";
        }
        if (primary == CORRUPT || primary == NOTADB || text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
            return "The history file " + file + " is damaged, so new runs are not being saved. Move it aside;"
                    + " Wheelhouse starts a new history on the next start.";
        }
        if (primary == FULL || text.contains("SQLITE_FULL")) {
            return "The disk holding the history file " + file + " is full, so new runs are not being saved. "
                    + "Free some space; saving resumes by itself.";
        }
        if (primary == IOERR || primary == CANTOPEN) {
            return "The history file " + file + " cannot be written (" + firstLine(text) + "), so new runs are not "
                    + "being saved. Check the disk and the file's permissions.";
        }
        return "New runs are not being saved to the history file " + file + " (" + firstLine(text) + ").";
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
