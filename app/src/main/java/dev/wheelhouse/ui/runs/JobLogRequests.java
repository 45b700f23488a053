package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.logs.LogRequest;

import java.util.Optional;

/** What the log viewer is handed for a job of a run tab: its log comes from the log cache, else is downloaded into it. */
final class JobLogRequests {

    private JobLogRequests() {
    }

    /** Empty when the run has no such job (yet). */
    static Optional<LogRequest> of(MonitoredRepository repository, RunSnapshot s, long jobId, long line) {
        if (s == null || s.job(jobId).isEmpty()) {
            return Optional.empty();
        }
        JobSnapshot job = s.job(jobId).get();
        var collector = repository.monitor().failureCollector();
        return Optional.of(new LogRequest(job.name(), job.htmlUrl(), line,
                () -> collector.openLog(repository.repository(), jobId)));
    }
}
