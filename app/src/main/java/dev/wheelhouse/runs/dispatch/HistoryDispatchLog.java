package dev.wheelhouse.runs.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.history.HistoryStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Dispatches in the history database ({@code dispatches} table), so the inputs a run used are
 * known after a restart. Inputs are stored as a JSON object of strings. Lookups go to the
 * store, so dispatches recorded in earlier sessions are found by workflow and by run alike.
 */
public final class HistoryDispatchLog implements DispatchLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryStore store;

    public HistoryDispatchLog(HistoryStore store) {
        this.store = store;
    }

    @Override
    public void record(DispatchRecord d) {
        String inputs;
        try {
            inputs = JSON.writeValueAsString(new LinkedHashMap<>(d.inputs()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inputs are strings and always serialise", e);
        }
        store.saveDispatch(new dev.wheelhouse.history.DispatchRecord(d.repository(), d.workflow(), d.ref(), inputs,
                d.runId().isPresent() ? d.runId().getAsLong() : null, d.at()));
    }

    @Override
    public Optional<DispatchRecord> forRun(String repository, long runId) {
        return store.dispatchOfRun(repository, runId).map(HistoryDispatchLog::toRecord);
    }

    @Override
    public List<DispatchRecord> forWorkflow(String repository, String workflow) {
        return store.dispatches(repository, workflow).stream().map(HistoryDispatchLog::toRecord).toList();
    }

    private static DispatchRecord toRecord(dev.wheelhouse.history.DispatchRecord d) {
        Map<String, Object> inputs;
        try {
            inputs = JSON.readValue(d.inputsJson(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            // A row written by a later version in another form: show the dispatch without its inputs.
            inputs = Map.of();
        }
        return new DispatchRecord(d.repo(), d.workflow(), d.ref(), inputs,
                d.runId() == null ? OptionalLong.empty() : OptionalLong.of(d.runId()), d.dispatchedAt());
    }
}
