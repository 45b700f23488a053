package dev.wheelhouse.ui.release;

import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.release.CellReport;
import dev.wheelhouse.release.CheckProgress;
import dev.wheelhouse.release.Finding;
import dev.wheelhouse.release.PublishPlan;
import dev.wheelhouse.release.ReleaseCheck;
import dev.wheelhouse.release.ReleaseReport;
import dev.wheelhouse.release.ReleaseSource;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.ui.shell.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The release part of one run tab. It checks the run once its build jobs are done (every job completed, or waiting
 * for a deployment review), reads the deployments the run waits for whenever GitHub says it waits, and reviews them.
 * Everything that touches GitHub runs on the executor; properties change on the UI thread.
 */
public final class ReleaseViewModel {

    private final TaskExecutor executor;
    private final ReleaseSource source;
    private final long runId;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "The check runs when the build jobs have finished.");
    private final ReadOnlyObjectWrapper<ReleaseReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<ArtifactRow> artifacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gate = new ReadOnlyStringWrapper(this, "gate", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<ArtifactRow> artifactsView = FXCollections.unmodifiableObservableList(artifacts);
    private List<PendingDeployment> pending = List.of();
    private String waitingJob = "";
    private boolean checkedThisState;
    private boolean askedPending;

    public ReleaseViewModel(TaskExecutor executor, ReleaseSource source, long runId, Clock clock) {
        this.executor = executor;
        this.source = source;
        this.runId = runId;
        this.clock = clock;
    }

    /** Each snapshot of the run: check when the builds are done, read the pending deployments when it waits. */
    public void snapshot(RunSnapshot snapshot) {
        boolean buildsDone = !snapshot.jobs().isEmpty() && snapshot.jobs().stream()
                .allMatch(j -> j.completed() || "waiting".equals(j.status()));
        if (buildsDone && !checkedThisState && !busy.get()) {
            checkedThisState = true;
            check();
        }
        Optional<JobSnapshot> waiting = snapshot.jobs().stream().filter(j -> "waiting".equals(j.status())).findFirst();
        if (waiting.isPresent() && !askedPending) {
            askedPending = true;
            waitingJob = waiting.get().name();
            readPending();
        } else if (waiting.isEmpty() && !pending.isEmpty()) {
            pending = List.of();
            gate.set("");
        }
    }

    /** Checks the run now (again). */
    public void check() {
        busy.set(true);
        problem.set("");
        status.set("Reading the run's artifacts…");
        CheckProgress progress = new CheckProgress() {
            @Override
            public void artifact(String name, int index, int count) {
                executor.runOnUiThread(() -> status.set("Reading artifact " + index + " of " + count + ": " + name));
            }
        };
        executor.execute(BackgroundTask.of("Checking the wheels of run " + runId,
                        () -> new ReleaseCheck(source, clock).check(runId, Optional.empty(), progress))
                .onSuccess(this::show)
                .onFailure(e -> {
                    status.set("The check could not be made.");
                    problem.set(UserMessages.describe(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    private void show(ReleaseReport r) {
        report.set(r);
        findings.setAll(r.findings());
        artifacts.setAll(r.produced().stream().map(ArtifactRow::of).toList());
        long errors = r.errors().size();
        status.set(r.wheelCount() + " wheels and " + r.sdistCount() + (r.sdistCount() == 1 ? " sdist" : " sdists")
                + " in " + r.produced().size() + " artifacts; " + (errors == 0 ? "nothing is missing or wrong."
                : errors + (errors == 1 ? " finding is open." : " findings are open.")));
    }

    private void readPending() {
        executor.execute(BackgroundTask.of("Reading the deployments run " + runId + " waits for",
                        () -> source.pendingDeployments(runId))
                .onSuccess(list -> {
                    pending = list;
                    gate.set(list.isEmpty() ? "" : waitingJob + " is waiting for approval in " + list.stream()
                            .map(p -> p.environment().name()).collect(Collectors.joining(", "))
                            + (list.stream().anyMatch(PendingDeployment::currentUserCanApprove) ? ""
                            : " (you are not among its reviewers: GitHub will refuse your review)"));
                })
                .onFailure(e -> {
                    askedPending = false;
                    problem.set(UserMessages.describe(e));
                }));
    }

    /** What Approve would let through, for the confirmation. */
    public ApprovalPlan approvalPlan() {
        ReleaseReport r = report.get();
        List<String> files = r == null ? List.of() : r.publish().map(PublishPlan::files).orElse(List.of()).stream()
                .map(PublishPlan.PublishedFile::name).toList();
        return new ApprovalPlan(pending.stream().map(p -> p.environment().name()).collect(Collectors.joining(", ")),
                waitingJob, files, r == null ? List.of() : r.errors(), r != null);
    }

    /**
     * Approves the waiting deployments.
     *
     * @param confirmed that the user has seen and accepted the open findings (needed when there are any)
     * @throws IllegalStateException when a confirmation is needed and not given, or nothing waits
     */
    public void approve(String comment, boolean confirmed) {
        if (approvalPlan().needsConfirmation() && !confirmed) {
            throw new IllegalStateException("Approving with open findings needs a confirmation.");
        }
        review(true, comment);
    }

    public void reject(String comment) {
        review(false, comment);
    }

    private void review(boolean approve, String comment) {
        if (pending.isEmpty()) {
            throw new IllegalStateException("The run waits for no deployment review.");
        }
        List<Long> ids = pending.stream().map(p -> p.environment().id()).toList();
        busy.set(true);
        executor.execute(BackgroundTask.of((approve ? "Approving" : "Rejecting") + " the deployment of run " + runId,
                        () -> source.review(runId, ids, approve, comment == null ? "" : comment))
                .onSuccess(done -> {
                    gate.set("");
                    pending = List.of();
                    askedPending = false;
                    status.set((approve ? "Approved: " : "Rejected: ") + waitingJob + (approve ? " will run." : " will fail."));
                })
                .onFailure(e -> problem.set(UserMessages.describe(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The cell's wheels as produced, {@code ✔ 2/2} or {@code ✘ 1/2}, once the check has run. */
    public Optional<String> cellBadge(String job) {
        return Optional.ofNullable(report.get()).flatMap(r -> r.cell(job)).map(ReleaseViewModel::badge);
    }

    /** Why the cell's mark is a cross: its findings, one per line. */
    public String cellFindings(String job) {
        return Optional.ofNullable(report.get()).flatMap(r -> r.cell(job))
                .map(c -> c.findings().stream().map(Finding::message).collect(Collectors.joining("\n"))).orElse("");
    }

    private static String badge(CellReport cell) {
        return (cell.good() ? "✔ " : "✘ ") + cell.tally();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReleaseReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ObservableList<ArtifactRow> artifacts() {
        return artifactsView;
    }

    /** {@code publish to PyPI is waiting for approval in PyPiPublish}; empty when nothing waits. */
    public ReadOnlyStringProperty gateProperty() {
        return gate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReleaseSource source() {
        return source;
    }
}
