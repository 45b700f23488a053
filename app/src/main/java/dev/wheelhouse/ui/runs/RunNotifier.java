package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.watch.RunEventListener;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.poll.Subscription;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.LongConsumer;

/**
 * Desktop notifications (ControlsFX) when a watched run completes or one of its jobs fails,
 * honouring the "failures only" setting; clicking one brings the run's tab to the front.
 */
final class RunNotifier {

    /** More at once than this fold into one "several runs changed" notification. */
    private static final int THRESHOLD = 4;

    private final ConnectedMonitor monitors;
    private final TaskExecutor executor;
    private final Window owner;
    private final LongConsumer bringToFront;
    private Subscription subscription;

    RunNotifier(ConnectedMonitor monitors, TaskExecutor executor, Window owner, LongConsumer bringToFront) {
        this.monitors = monitors;
        this.executor = executor;
        this.owner = owner;
        this.bringToFront = bringToFront;
        monitors.currentProperty().addListener((obs, old, next) -> follow(next));
        follow(monitors.currentProperty().get());
    }

    private void follow(MonitoredRepository next) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (next == null) {
            return;
        }
        subscription = next.monitor().onEvents(new RunEventListener() {
            @Override
            public void runCompleted(RunSnapshot snapshot) {
                executor.runOnUiThread(() -> show(RunNotice.completed(snapshot)));
            }

            @Override
            public void jobFailed(RunSnapshot snapshot, JobSnapshot job) {
                executor.runOnUiThread(() -> show(RunNotice.jobFailed(snapshot, job)));
            }
        });
    }

    private void show(RunNotice notice) {
        // The box may have been ticked after the monitor was made: the setting is read as it is now.
        if (!notice.shown(monitors.failuresOnly())) {
            return;
        }
        Notifications note = Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(10))
                .styleClass("run-notification")
                .threshold(THRESHOLD, Notifications.create().title("Several runs changed")
                        .text("Open the Runs screen to see them.").owner(owner).position(Pos.BOTTOM_RIGHT))
                .onAction(e -> bringToFront.accept(notice.runId()));
        if (notice.failure()) {
            note.showError();
        } else {
            note.showInformation();
        }
    }
}
