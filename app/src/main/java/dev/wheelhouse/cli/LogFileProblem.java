package dev.wheelhouse.cli;

import dev.wheelhouse.logs.NotALogFileException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a log file given on the command line could not be read, in one line for stderr. */
final class LogFileProblem {

    private LogFileProblem() {
    }

    static String describe(String command, Path log, IOException e) {
        String what;
        if (e instanceof NotALogFileException notAFile) {
            what = notAFile.getMessage();
        } else if (e instanceof NoSuchFileException) {
            what = "no such file: " + log + "; check the path";
        } else if (e instanceof AccessDeniedException) {
            what = "cannot read " + log + ": permission denied";
        } else {
            what = "cannot read " + log + ": " + e.getMessage();
        }
        return "wheelhouse " + command + ": " + what + ".";
    }
}
