package dev.wheelhouse.runs.stats;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.JobStats;
import dev.wheelhouse.sccache.JobCacheSummary;
import dev.wheelhouse.sccache.JobContext;
import dev.wheelhouse.sccache.SccacheDiagnostician;
import dev.wheelhouse.sccache.SccacheLogScan;
import dev.wheelhouse.sccache.SccacheLogScanner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads how sccache did in completed jobs, cheapest source first (issue 7, "Sources"):
 * <ol>
 * <li>figures already known: this session, then the history store;</li>
 * <li>the check run's annotations, where sccache-action's notice
 *     ({@code NN% - X hits, Y misses, Z errors}) sits: one small request;</li>
 * <li>the job log, only when the annotations give no figures, or only "nothing compiled" (which
 *     the log can explain): from the {@link LogCache} when it is there, else downloaded once and
 *     scanned while it streams in, the cache keeping a compressed copy.</li>
 * </ol>
 * Each job is read once per session; a read that failed for a passing reason (network, rate
 * limit) may be asked for again. Work runs on the given executor; results are handed to the
 * caller's callback on that thread.
 */
public final class JobStatsCollector {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");
    private static final int KNOWN = 512;

    private final GitHubClient client;
    private final ActionsCalls calls;
    private final LogCache logs;
    private final RunArchive archive;
    private final Executor executor;
    private final SccacheLogScanner scanner = new SccacheLogScanner();
    private final SccacheDiagnostician diagnostician = new SccacheDiagnostician();
    /** Reads in progress and who waits for each, so a job asked for twice is read once. */
    private final Map<String, List<Consumer<JobStats>>> started = new ConcurrentHashMap<>();
    /** Figures read this session, the most recent few hundred: a long session must not grow without end. */
    private final Map<String, JobStats> known = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JobStats> eldest) {
            return size() > KNOWN;
        }
    });

    public JobStatsCollector(GitHubClient client, LogCache logs, RunArchive archive, Executor executor) {
        this.client = client;
        this.calls = new ActionsCalls(client);
        this.logs = logs;
        this.archive = archive;
        this.executor = executor;
    }

    /**
     * Reads {@code job}'s figures once, in the background, and hands them to {@code done}: at once
     * when they are known, when the read in progress ends if one is. Does nothing for a job not
     * completed on a runner.
     */
    public void collect(RepositoryRef repo, JobSnapshot job, JobContext context, Consumer<JobStats> done) {
        collect(repo, job, context, false, done);
    }

    /**
     * Reads {@code job}'s log even when its annotations had figures: per-language figures and
     * diagnoses live only there (the job detail pane asks for them). From the cache when it can.
     */
    public void collectDetails(RepositoryRef repo, JobSnapshot job, JobContext context, Consumer<JobStats> done) {
        collect(repo, job, context, true, done);
    }

    private void collect(RepositoryRef repo, JobSnapshot job, JobContext context, boolean needLog,
                         Consumer<JobStats> done) {
        if (!job.ranOnRunner()) {
            return;
        }
        String key = key(repo, job.id()) + (needLog ? "#log" : "");
        JobStats seen = known.get(key);
        if (seen != null) {
            done.accept(seen);
            return;
        }
        if (waitFor(key, done)) {
            try {
                executor.execute(() -> finish(key, attempt(repo, job, context, needLog)));
            } catch (RejectedExecutionException closing) {
                // The monitor is closing and its workers with it: nobody waits for these figures.
                started.remove(key);
            }
        }
    }

    /** Reads {@code job}'s figures now, on this thread (the CLI's way). */
    public JobStats read(RepositoryRef repo, JobSnapshot job, JobContext context, boolean needLog) {
        return attempt(repo, job, context, needLog).stats();
    }

    /** A read's result, and whether a failure may pass if asked again later. */
    private record Attempt(JobStats stats, boolean passing) {
    }

    private Attempt attempt(RepositoryRef repo, JobSnapshot job, JobContext context, boolean needLog) {
        String key = key(repo, job.id());
        JobStats seen = known.get(needLog ? key + "#log" : key);
        if (seen != null) {
            return new Attempt(seen, false);
        }
        try {
            if (!needLog) {
                Optional<JobStats> stored = archive.stats(repo, job);
                if (stored.isPresent()) {
                    return new Attempt(stored.get(), false);
                }
                Optional<JobCacheSummary> notice = fromAnnotations(repo, job);
                if (notice.isPresent() && !notice.get().hitRate().noCompilations()) {
                    return new Attempt(new JobStats(job.id(), JobStats.Source.ANNOTATION, notice.get(),
                            Optional.empty()), false);
                }
            }
            JobStats fromLog = fromLog(repo, job, context);
            return new Attempt(fromLog, fromLog.problem().isPresent());
        } catch (GitHubException e) {
            boolean passing = e.kind() != GitHubException.Kind.NOT_FOUND && e.kind() != GitHubException.Kind.PERMISSION
                    && e.kind() != GitHubException.Kind.BAD_CREDENTIALS;
            String message = e.kind() == GitHubException.Kind.NOT_FOUND
                    ? "GitHub no longer has the log of " + job.name() + " (logs expire after the repository's "
                            + "retention period, 90 days by default); its cache figures are unknown."
                    : "The cache figures of " + job.name() + " could not be read: " + e.userMessage();
            return new Attempt(withoutFigures(job, message), passing);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the cache figures of job " + job.id() + " failed", e);
            return new Attempt(withoutFigures(job, "The cache figures of " + job.name() + " could not be read ("
                    + e.getMessage() + "); they are tried again when the run is opened next."), true);
        }
    }

    /** Adds {@code done} to the read of {@code key}; true when the read is new and must be started. */
    private boolean waitFor(String key, Consumer<JobStats> done) {
        boolean[] fresh = {false};
        started.compute(key, (k, waiting) -> {
            List<Consumer<JobStats>> list = waiting == null ? new java.util.concurrent.CopyOnWriteArrayList<>() : waiting;
            fresh[0] = waiting == null;
            list.add(done);
            return list;
        });
        return fresh[0];
    }

    private void finish(String key, Attempt attempt) {
        if (!attempt.passing()) {
            known.put(key, attempt.stats());
        }
        List<Consumer<JobStats>> waiting = started.remove(key);
        for (Consumer<JobStats> done : waiting == null ? List.<Consumer<JobStats>>of() : waiting) {
            try {
                done.accept(attempt.stats());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a job stats listener failed", e);
            }
        }
    }

    /** sccache-action's notice among the annotations, read by the same parser as a log line. */
    private Optional<JobCacheSummary> fromAnnotations(RepositoryRef repo, JobSnapshot job) throws IOException {
        List<CheckRunAnnotation> annotations;
        try {
            annotations = calls.annotations(repo, job.checkRunId());
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        StringBuilder lines = new StringBuilder();
        for (CheckRunAnnotation a : annotations) {
            if ("notice".equals(a.annotationLevel()) && a.message() != null) {
                lines.append("##[notice]").append(a.message().replace('\n', ' ')).append('\n');
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        SccacheLogScan scan = scanner.scan(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        if (scan.lastReading().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JobCacheSummary.of(job.name(), scan, diagnostician.diagnose(scan)));
    }

    private JobStats fromLog(RepositoryRef repo, JobSnapshot job, JobContext context) throws IOException {
        String cacheKey = cacheKey(repo, job.id());
        Optional<InputStream> cached = logs.open(cacheKey);
        if (cached.isPresent()) {
            try (InputStream in = cached.get()) {
                SccacheLogScan scan = scanner.scan(in);
                return new JobStats(job.id(), JobStats.Source.LOG, summary(job, scan, context), Optional.empty());
            } catch (IOException e) {
                // A damaged cache file: fall through and download the log again.
                LOG.log(System.Logger.Level.INFO, "cached log of job " + job.id() + " unreadable: " + e.getMessage());
            }
        }
        try (InputStream download = client.jobLog(repo, job.id())) {
            LogCache.Stored<SccacheLogScan> stored = logs.store(cacheKey, download, scanner::scan);
            Optional<String> problem = stored.cutShort()
                    ? Optional.of("The download of " + job.name() + "'s log broke off after "
                            + megabytes(stored.bytes()) + "; the figures come from the part that arrived, and the "
                            + "log will be downloaded again next time.")
                    : Optional.empty();
            return new JobStats(job.id(), JobStats.Source.LOG, summary(job, stored.result(), context), problem);
        }
    }

    private JobCacheSummary summary(JobSnapshot job, SccacheLogScan scan, JobContext context) {
        return JobCacheSummary.of(job.name(), scan, diagnostician.diagnose(scan, context));
    }

    private JobStats withoutFigures(JobSnapshot job, String problem) {
        return new JobStats(job.id(), JobStats.Source.LOG, JobCacheSummary.of(job.name(), emptyScan(), List.of()),
                Optional.of(problem));
    }

    private SccacheLogScan emptyScan() {
        try {
            return scanner.scan(InputStream.nullInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("an empty stream cannot fail", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private String key(RepositoryRef repo, long jobId) {
        return cacheKey(repo, jobId);
    }

    private String cacheKey(RepositoryRef repo, long jobId) {
        return LogCache.keyOf(client.endpoint().webHost(), repo, jobId);
    }
}
