package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.poll.PollStatus;
import dev.wheelhouse.runs.poll.Subscription;
import dev.wheelhouse.ui.common.LazyTooltip;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;

/** The status bar's poll status: paused, held by a rate limit until …, offline, or N runs watched. */
final class RunsStatusBar {

    private final Label label = MainWindow.statusLabel("poll-status");
    private final StringProperty help = new SimpleStringProperty();
    private final TaskExecutor executor;
    private Subscription subscription;

    private RunsStatusBar(TaskExecutor executor) {
        this.executor = executor;
    }

    static void install(MainWindow window, ConnectedMonitor monitors, TaskExecutor executor) {
        RunsStatusBar bar = new RunsStatusBar(executor);
        bar.label.setGraphic(new FontIcon(Material2MZ.SYNC));
        LazyTooltip.install(bar.label, bar.help);
        monitors.currentProperty().addListener((obs, old, next) -> bar.follow(next));
        bar.follow(monitors.currentProperty().get());
        window.addStatusItem(bar.label);
    }

    private void follow(MonitoredRepository next) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (next == null) {
            label.setVisible(false);
            label.setManaged(false);
            return;
        }
        show(next.monitor().scheduler().status());
        subscription = next.monitor().scheduler().subscribe(status -> executor.runOnUiThread(() -> show(status)));
    }

    private void show(PollStatus status) {
        label.setText(PollStatusText.of(status, ZoneId.systemDefault()));
        label.setVisible(!label.getText().isEmpty());
        label.setManaged(label.isVisible());
        String problem = PollStatusText.problem(status);
        help.set(problem.isEmpty() ? "Runs are polled with conditional requests: an unchanged "
                + "answer costs nothing against the rate limit." : "Last problem: " + problem);
    }
}
