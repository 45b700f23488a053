package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.DispatchAnswer;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.Sleeper;
import dev.wheelhouse.github.model.WorkflowRun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Dispatches a workflow and answers with the run it started. Inputs are checked first. The
 * request asks for the run's id ({@code return_run_details}, GitHub since 2026-02); when the
 * server answers 204, or refuses the field as Enterprise Server 3.20 and older do (400/422
 * naming it), the dispatch is sent once more without it (a refused request started nothing)
 * and the run is found by search. Every dispatch is recorded in the {@link DispatchLog}.
 */
public final class WorkflowDispatcher {

    private static final String RUN_DETAILS = "return_run_details";
    /** GitHub's clock and ours differ a little; a run created this much before our "now" still counts. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(5);

    private final GitHubClient client;
    private final DispatchLog log;
    private final Clock clock;
    private final DispatchedRunFinder finder;
    /** Set once the server refused the field, so later dispatches do not send everything twice. */
    private volatile boolean serverRefusesRunDetails;

    public WorkflowDispatcher(GitHubClient client, DispatchLog log, Clock clock, Sleeper sleeper, Duration pollInterval) {
        this.client = client;
        this.log = log;
        this.clock = clock;
        this.finder = new DispatchedRunFinder(client, clock, sleeper, pollInterval);
    }

    /**
     * @throws InvalidInputsException when the inputs would be refused
     * @throws DispatchException      when GitHub accepted the dispatch but its run did not appear
     * @throws GitHubException        when GitHub refused, with its reason
     */
    public DispatchResult dispatch(DispatchRequest request) {
        Map<String, Object> inputs = request.declared()
                .map(declared -> DispatchInputCheck.check(declared, request.inputs(), request.environments()))
                .orElseGet(() -> uncheckedInputs(request.inputs()));
        Instant since = clock.instant().minus(CLOCK_SLACK);
        boolean ask = !serverRefusesRunDetails;
        DispatchAnswer answer;
        try {
            answer = client.dispatch(request.repository(), request.workflow(), request.ref(), inputs, ask);
        } catch (GitHubException.Refused e) {
            if (!ask || !e.gitHubMessage().toLowerCase(Locale.ROOT).contains(RUN_DETAILS)) {
                throw e;
            }
            serverRefusesRunDetails = true;
            answer = client.dispatch(request.repository(), request.workflow(), request.ref(), inputs, false);
        }
        if (answer.runId().isPresent()) {
            long id = answer.runId().getAsLong();
            finder.claim(id);
            DispatchRecord record = record(request, inputs, OptionalLong.of(id));
            return new DispatchResult(id, answer.runHtmlUrl(), record, false);
        }
        WorkflowRun run;
        try {
            run = finder.find(request.repository(), request.workflow(), request.ref(), since);
        } catch (DispatchException e) {
            record(request, inputs, OptionalLong.empty());
            throw e;
        }
        DispatchRecord record = record(request, inputs, OptionalLong.of(run.id()));
        return new DispatchResult(run.id(), run.htmlUrl(), record, true);
    }

    private DispatchRecord record(DispatchRequest request, Map<String, Object> inputs, OptionalLong runId) {
        DispatchRecord record = new DispatchRecord(request.repository().fullName(), request.workflow(), request.ref(),
                inputs, runId, clock.instant());
        log.record(record);
        return record;
    }

    /** Without the workflow's declarations only GitHub's count limit can be checked. */
    private static Map<String, Object> uncheckedInputs(Map<String, String> given) {
        if (given.size() > DispatchInputCheck.MAX_INPUTS) {
            throw new InvalidInputsException(java.util.List.of(new InputProblem("", "GitHub accepts at most "
                    + DispatchInputCheck.MAX_INPUTS + " inputs in one dispatch; this one has " + given.size() + ".")));
        }
        return Map.copyOf(given);
    }
}
