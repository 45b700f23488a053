package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.BlobServer;
import dev.wheelhouse.sandbox.sim.JobLogWriter;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.sim.ScheduledStep;
import dev.wheelhouse.sandbox.state.RunStore;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What the blob listener serves: a job's log at
 * {@code /<prefix>/_apis/pipelines/1/runs/<run>/signedlogcontent/<job>} (the form of the
 * recorded {@code Location}s), and an attempt's logs as a zip at
 * {@code /<prefix>/_apis/pipelines/1/runs/<run>/attempts/<n>/signedlogcontent}: one
 * {@code <i>_<job name>.txt} per job and a folder per job with {@code <n>_<step name>.txt}.
 */
final class Downloads implements BlobServer.Content {

    private static final Pattern JOB_LOG = Pattern.compile("^/([^/]+)/_apis/pipelines/1/runs/(\\d+)/signedlogcontent/(\\d+)$");
    private static final Pattern RUN_LOGS = Pattern.compile("^/([^/]+)/_apis/pipelines/1/runs/(\\d+)/attempts/(\\d+)/signedlogcontent$");

    private static final Pattern ARTIFACT = Pattern.compile("^/actions-results/[^/]+/workflow-job-run-[^/]+/artifacts/([0-9a-f]{64})\\.zip$");

    private static final int CACHED_LOGS = 256;

    private final SandboxWorld world;
    /** Logs of completed jobs never change; a watcher's client fetches each many times. */
    private final Map<Long, byte[]> completedLogs = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > CACHED_LOGS;
        }
    };

    Downloads(SandboxWorld world) {
        this.world = world;
    }

    static String jobLogPath(String prefix, long runId, long jobId) {
        return "/" + prefix + "/_apis/pipelines/1/runs/" + runId + "/signedlogcontent/" + jobId;
    }

    static String runLogsPath(String prefix, long runId, int attempt) {
        return "/" + prefix + "/_apis/pipelines/1/runs/" + runId + "/attempts/" + attempt + "/signedlogcontent";
    }

    @Override
    public Optional<BlobServer.Blob> find(String path) {
        Matcher job = JOB_LOG.matcher(path);
        if (job.matches() && job.group(1).equals(world.blobPrefix())) {
            return world.runs().job(Long.parseLong(job.group(3)))
                    .filter(j -> j.run().id() == Long.parseLong(job.group(2)))
                    .map(j -> new BlobServer.Blob("text/plain; charset=utf-8", log(j)));
        }
        Matcher artifact = ARTIFACT.matcher(path);
        if (artifact.matches()) {
            return world.release().artifacts().bySha256(artifact.group(1)).stream()
                    .filter(a -> ArtifactRoutes.blobPath(a).equals(path)).findFirst()
                    .map(a -> BlobServer.Blob.ofFile("application/zip", a.file()));
        }
        Matcher run = RUN_LOGS.matcher(path);
        if (run.matches() && run.group(1).equals(world.blobPrefix())) {
            return world.runs().run(Long.parseLong(run.group(2)))
                    .flatMap(r -> r.attempt(Integer.parseInt(run.group(3))).map(a -> archive(r, a)))
                    .map(bytes -> new BlobServer.Blob("application/zip", bytes));
        }
        return Optional.empty();
    }

    private byte[] log(RunStore.LocatedJob located) {
        ScheduledJob job = located.job();
        if (!job.completedBy(world.simulated().instant())) {
            return JobLogWriter.write(job, context(located.run()));
        }
        synchronized (completedLogs) {
            return completedLogs.computeIfAbsent(job.id(), id -> JobLogWriter.write(job, context(located.run())));
        }
    }

    private JobLogWriter.Context context(SimulatedRun run) {
        return new JobLogWriter.Context(world.repo().fullName(), run.headSha(), run.ref());
    }

    private byte[] archive(SimulatedRun run, SimulatedRun.Attempt attempt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JobLogWriter.Context context = context(run);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int index = 0;
            for (ScheduledJob job : attempt.schedule().jobs()) {
                if (!job.ranOnARunner()) {
                    continue;
                }
                String name = safe(job.name());
                put(zip, index + "_" + name + ".txt", JobLogWriter.write(job, context));
                for (Map.Entry<ScheduledStep, byte[]> step : JobLogWriter.writeSteps(job, context)) {
                    put(zip, name + "/" + step.getKey().number() + "_" + safe(step.getKey().name()) + ".txt", step.getValue());
                }
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Job and step names may hold characters a file name cannot. */
    private static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|]", "");
    }
}
