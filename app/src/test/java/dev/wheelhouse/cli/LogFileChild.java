package dev.wheelhouse.cli;

/** A process that installs the command line's log file as {@code main} does, then logs. */
public final class LogFileChild {

    private LogFileChild() {
    }

    public static void main(String[] args) {
        LogFile.install();
        System.getLogger("dev.wheelhouse.test").log(System.Logger.Level.WARNING,
                "through System.Logger https://someone:SECRET@example.com/x");
        java.util.logging.Logger.getLogger("dev.wheelhouse.test.jul").info("through java.util.logging");
        java.util.logging.Logger.getLogger("dev.wheelhouse.test.jul").fine("below the level");
    }
}
