package dev.wheelhouse.ui.runs;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.WaitingSleeper;
import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.dispatch.DispatchException;
import dev.wheelhouse.runs.dispatch.DispatchRequest;
import dev.wheelhouse.runs.dispatch.DispatchResult;
import dev.wheelhouse.runs.dispatch.InputProblem;
import dev.wheelhouse.runs.dispatch.InvalidInputsException;
import dev.wheelhouse.runs.catalog.RemoteWorkflow;
import dev.wheelhouse.runs.catalog.WorkflowCatalog;
import dev.wheelhouse.runs.dispatch.WorkflowDispatcher;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.DispatchInput;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Dispatch…" from the runs screen: pick a branch or tag, fill in the inputs the workflow declares
 * at that ref, run it. Inputs are checked before sending; the run GitHub started is handed on so
 * its tab opens.
 */
public final class DispatchViewModel {

    private final TaskExecutor executor;
    private final MonitoredRepository repository;
    private final WorkflowSummary workflow;
    private final WorkflowDispatcher dispatcher;
    private final ObservableList<RefChoice> refs = FXCollections.observableArrayList();
    private final ObservableList<RefChoice> refsView = FXCollections.unmodifiableObservableList(refs);
    private final ObservableList<InputProblem> inputProblems = FXCollections.observableArrayList();
    private final ObservableList<InputProblem> problemsView = FXCollections.unmodifiableObservableList(inputProblems);
    private final ReadOnlyObjectWrapper<DispatchPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private long generation;

    public DispatchViewModel(TaskExecutor executor, MonitoredRepository repository, WorkflowSummary workflow) {
        this.executor = executor;
        this.repository = repository;
        this.workflow = workflow;
        // A run's created_at is the server's time: the search for a run GitHub did not name uses its clock.
        this.dispatcher = new WorkflowDispatcher(repository.monitor().client(), repository.dispatches(),
                repository.clock(), new WaitingSleeper(), Duration.ofSeconds(2));
    }

    public WorkflowSummary workflow() {
        return workflow;
    }

    /** Lists the branches and tags, then reads the workflow at the default branch. */
    public void load() {
        GitHubClient client = repository.monitor().client();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of("Listing branches and tags", () -> {
            String defaultBranch = client.repository(repository.repository()).defaultBranch();
            List<RefChoice> all = new ArrayList<>();
            all.add(new RefChoice(defaultBranch, false));
            client.branches(repository.repository()).stream().filter(b -> !b.equals(defaultBranch))
                    .forEach(b -> all.add(new RefChoice(b, false)));
            client.tags(repository.repository()).forEach(t -> all.add(new RefChoice(t, true)));
            return all;
        }).onSuccess(found -> {
            refs.setAll(found);
            selectRef(found.get(0));
        }).onFailure(e -> {
            busy.set(false);
            error.set(describe(e));
        }));
    }

    /** Reads the workflow at {@code ref}: its inputs there are the ones the dispatch must give. */
    public void selectRef(RefChoice ref) {
        if (ref == null || (plan.get() != null && plan.get().ref().equals(ref))) {
            return;
        }
        long mine = ++generation;
        busy.set(true);
        error.set("");
        inputProblems.clear();
        WorkflowCatalog catalog = new WorkflowCatalog(repository.monitor().client());
        executor.execute(BackgroundTask.of("Reading " + workflow.fileName() + " at " + ref.name(), () -> {
            try {
                RemoteWorkflow opened = catalog.open(repository.repository(), workflow.path(), ref.name());
                List<DispatchInput> inputs = opened.document().dispatchInputs();
                List<String> environments = inputs.stream().anyMatch(i -> "environment".equals(i.type()))
                        ? repository.monitor().client().environments(repository.repository()) : List.of();
                Optional<String> problem = opened.dispatchable() ? Optional.empty()
                        : Optional.of(workflow.fileName() + " at " + ref.name() + " has no workflow_dispatch trigger, "
                        + "so GitHub will not run it on request. Pick a ref where it has one.");
                return new DispatchPlan(ref, inputs, environments, problem);
            } catch (GitHubException e) {
                if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                    throw e;
                }
                return new DispatchPlan(ref, List.of(), List.of(), Optional.of(workflow.path() + " does not exist at "
                        + ref.name() + ". Pick another branch or tag."));
            }
        }).onSuccess(read -> {
            if (mine == generation) {
                plan.set(read);
            }
        }).onFailure(e -> {
            if (mine == generation) {
                error.set(describe(e));
            }
        }).onFinished(() -> busy.set(false)));
    }

    /** Sends the dispatch; {@code onStarted} gets the run's id. Problems show under their input. */
    public void dispatch(Map<String, String> values, Consumer<DispatchResult> onStarted) {
        DispatchPlan current = plan.get();
        if (current == null || !current.dispatchable() || busy.get()) {
            return;
        }
        DispatchRequest request = new DispatchRequest(repository.repository(), workflow.fileName(),
                current.ref().name(), values, Optional.of(current.inputs()),
                current.environments().isEmpty() ? Optional.empty() : Optional.of(current.environments()));
        busy.set(true);
        error.set("");
        inputProblems.clear();
        executor.execute(BackgroundTask.of("Dispatching " + workflow.fileName(), () -> dispatcher.dispatch(request))
                .onSuccess(onStarted)
                .onFailure(e -> {
                    if (e instanceof InvalidInputsException invalid) {
                        inputProblems.setAll(invalid.problems());
                        error.set("Some inputs need attention before the workflow can run.");
                    } else {
                        error.set(describe(e));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    private static String describe(Throwable e) {
        if (e instanceof DispatchException d) {
            return d.userMessage();
        }
        return e instanceof GitHubException g ? g.userMessage() : UserMessages.describe(e);
    }

    public ObservableList<RefChoice> refs() {
        return refsView;
    }

    public ReadOnlyObjectProperty<DispatchPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<InputProblem> inputProblems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
