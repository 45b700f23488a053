package dev.wheelhouse.ui.demo;

import dev.wheelhouse.github.WaitingSleeper;
import dev.wheelhouse.runs.dispatch.DispatchRequest;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.ui.runs.ConnectedMonitor;
import dev.wheelhouse.ui.runs.MonitoredRepository;
import dev.wheelhouse.ui.runs.RunViewModel;
import dev.wheelhouse.ui.runs.RunsScreen;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.value.ChangeListener;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code -Dwheelhouse.demo.dispatch=true}: once the app is connected, dispatch release.yml on the
 * default branch and show its run, for demos and screenshots of the run view;
 * {@code -Dwheelhouse.demo.job=NAME} selects that job once it has completed.
 */
public final class DemoRun {

    public static final String PROPERTY = "wheelhouse.demo.dispatch";
    public static final String JOB_PROPERTY = "wheelhouse.demo.job";

    private DemoRun() {
    }

    public static void installIfAsked(ConnectedMonitor monitors, RunsScreen screen, TaskExecutor executor) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        ChangeListener<MonitoredRepository> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends MonitoredRepository> obs,
                                MonitoredRepository old, MonitoredRepository next) {
                if (next == null) {
                    return;
                }
                obs.removeListener(this);
                WorkflowDispatcher dispatcher = new WorkflowDispatcher(next.monitor().client(), next.dispatches(),
                        next.clock(), new WaitingSleeper(), Duration.ofSeconds(1));
                executor.execute(BackgroundTask.of("Dispatching the demo run", () -> {
                    String branch = next.monitor().client().repository(next.repository()).defaultBranch();
                    return dispatcher.dispatch(new DispatchRequest(next.repository(), "release.yml", branch,
                            Map.of(), Optional.empty(), Optional.empty()));
                }).onSuccess(result -> {
                    screen.started(result);
                    String job = System.getProperty(JOB_PROPERTY);
                    if (job != null) {
                        screen.run(result.runId()).ifPresent(run -> selectWhenDone(run, job));
                    }
                }).onFailure(e -> System.getLogger("wheelhouse")
                        .log(System.Logger.Level.WARNING, "demo dispatch failed: " + e.getMessage())));
            }
        };
        monitors.currentProperty().addListener(once);
    }

    private static void selectWhenDone(RunViewModel run, String jobName) {
        run.snapshotProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends dev.wheelhouse.runs.model.RunSnapshot> obs,
                                dev.wheelhouse.runs.model.RunSnapshot old, dev.wheelhouse.runs.model.RunSnapshot next) {
                next.jobs().stream().filter(j -> j.name().equals(jobName) && j.completed()).findFirst().ifPresent(j -> {
                    obs.removeListener(this);
                    run.selectJob(j.id());
                });
            }
        });
    }
}
