package dev.wheelhouse.ui.demo;

import dev.wheelhouse.runs.dispatch.DispatchRequest;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.launch.LaunchOptions;
import dev.wheelhouse.ui.runs.RunViewModel;
import dev.wheelhouse.ui.runs.RunsScreen;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.Map;
import java.util.Optional;

/**
 * {@code -Dwheelhouse.demo.dispatch=true}: once the app is connected, dispatch release.yml on the
 * default branch and show its run, for demos and screenshots of the run view;
 * {@code -Dwheelhouse.demo.job=NAME} selects that job once it has completed.
 */
public final class DemoRun {

    private DemoRun() {
    }

    public static void installIfAsked(LaunchOptions.DemoOptions demo, ConnectedMonitor services, RunsScreen screen,
                                      TaskExecutor executor) {
        if (!demo.dispatch()) {
            return;
        }
        ChangeListener<MonitoredRepository> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends MonitoredRepository> obs, MonitoredRepository old,
                                MonitoredRepository next) {
                if (next == null) {
                    return;
                }
                obs.removeListener(this);
                executor.execute(BackgroundTask.of("Dispatching the demo run", () -> {
                    String branch = next.client().repository(next.repository()).defaultBranch();
                    return next.dispatcher().dispatch(new DispatchRequest(next.repository(), "release.yml", branch,
                            Map.of(), Optional.empty(), Optional.empty()));
                }).onSuccess(result -> {
                    screen.started(result);
                    demo.job().ifPresent(job -> screen.run(result.runId()).ifPresent(run -> selectWhenDone(run, job)));
                }).onFailure(e -> System.getLogger("wheelhouse")
                        .log(System.Logger.Level.WARNING, "demo dispatch failed: " + e.getMessage())));
            }
        };
        services.currentProperty().addListener(once);
    }

    private static void selectWhenDone(RunViewModel run, String jobName) {
        run.snapshotProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends RunSnapshot> obs, RunSnapshot old, RunSnapshot next) {
                next.jobs().stream().filter(j -> j.name().equals(jobName) && j.completed()).findFirst().ifPresent(j -> {
                    obs.removeListener(this);
                    run.selectJob(j.id());
                });
            }
        });
    }
}
