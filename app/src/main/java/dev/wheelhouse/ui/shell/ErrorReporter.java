package dev.wheelhouse.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The last line of defence: an error nobody handled becomes a readable dialog with the details
 * folded away, instead of a silent failure or a console stack trace.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger("wheelhouse");

    private final Window owner;

    public ErrorReporter(Window owner) {
        this.owner = owner;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unhandled error on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Wheelhouse hit an unexpected problem. Your open files were not changed.");
        alert.setContentText(UserMessages.describe(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }
}
