package dev.wheelhouse.runs.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link DispatchLog} for tests and for running without the history store. Thread-safe. */
public final class InMemoryDispatchLog implements DispatchLog {

    private final List<DispatchRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(DispatchRecord dispatch) {
        records.add(dispatch);
    }

    @Override
    public synchronized Optional<DispatchRecord> forRun(String repository, long runId) {
        return records.stream().filter(r -> r.repository().equals(repository) && r.runId().isPresent()
                && r.runId().getAsLong() == runId).findFirst();
    }

    @Override
    public synchronized List<DispatchRecord> forWorkflow(String repository, String workflow) {
        return records.stream().filter(r -> r.repository().equals(repository) && r.workflow().equals(workflow))
                .sorted(Comparator.comparing(DispatchRecord::at).reversed()).toList();
    }
}
