package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.ArtifactUpload;
import dev.wheelhouse.cibw.WheelFileName;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.sim.ScheduledStep;
import dev.wheelhouse.sandbox.state.SimulatedRun;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * The artifacts of every run: an upload step that completed successfully makes its artifact, which is written to
 * a spool folder on disk the first time anyone looks (big artifacts never sit in memory). As
 * {@code upload-artifact} v4 does, an upload that finds no files makes none, a name already taken in the run is
 * not uploaded twice, and the zip holds the files relative to the upload's root, compressed at its
 * {@code compression-level} (0 stores them). GitHub keeps an artifact 90 days unless {@code retention-days} says
 * otherwise.
 */
public final class ArtifactStore implements AutoCloseable {

    static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    private record Key(long jobId, int step) {
    }

    private final SpoolFolder folder;
    private final Path spool;
    private final long wheelBytes;
    private final Map<Long, RunRelease> releases = new LinkedHashMap<>();
    private final Map<Key, StoredArtifact> made = new LinkedHashMap<>();
    private final Set<Key> empty = new HashSet<>();
    private final Set<Long> deleted = new HashSet<>();

    /**
     * Closes the store when the JVM ends without closing it (the window ended by a signal, at
     * logout or by a benchmark's stop): its spool folder was left in the temp folder each time.
     * What the hook cannot clean (a kill, a display gone first) the next store does ({@link SpoolFolder}).
     */
    private final Thread closeAtExit = new Thread(this::close, "sandbox-artifacts-cleanup");

    /** @param wheelBytes the size of each wheel's compiled extension, before per-platform variation */
    public ArtifactStore(long wheelBytes) {
        this.wheelBytes = wheelBytes;
        try {
            this.folder = SpoolFolder.create(Path.of(System.getProperty("java.io.tmpdir")));
            this.spool = folder.path();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's artifact folder: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(closeAtExit);
    }

    /** The folder artifacts are written to: for tests. */
    Path spool() {
        return spool;
    }

    public synchronized void register(RunRelease release) {
        releases.put(release.runId(), release);
    }

    public synchronized Optional<RunRelease> release(long runId) {
        return Optional.ofNullable(releases.get(runId));
    }

    /** The run's artifacts that exist at {@code now}, oldest first. */
    public synchronized List<StoredArtifact> ofRun(SimulatedRun run, Instant now) {
        RunRelease release = releases.get(run.id());
        if (release == null) {
            return List.of();
        }
        List<StoredArtifact> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SimulatedRun.Attempt attempt : run.attempts()) {
            for (ScheduledJob job : attempt.schedule().jobs()) {
                if (job.runAttempt() != attempt.number()) {
                    continue;
                }
                JobOutputs outputs = release.jobs().get(job.name());
                if (outputs == null) {
                    continue;
                }
                List<ScheduledStep> steps = plannedSteps(job);
                for (Map.Entry<Integer, ArtifactUpload> upload : outputs.uploads().entrySet()) {
                    int index = upload.getKey();
                    if (index >= steps.size() || !succeededBy(steps.get(index), now)) {
                        continue;
                    }
                    Key key = new Key(job.id(), index);
                    if (empty.contains(key) || (!made.containsKey(key) && names.contains(upload.getValue().name()))) {
                        continue;
                    }
                    StoredArtifact artifact = made.get(key);
                    if (artifact == null) {
                        artifact = make(key, run, job, release, outputs, steps, upload.getValue(), index);
                        if (artifact == null) {
                            empty.add(key);
                            continue;
                        }
                        made.put(key, artifact);
                    }
                    names.add(artifact.name());
                    if (!deleted.contains(artifact.id())) {
                        out.add(artifact);
                    }
                }
            }
        }
        out.sort(Comparator.comparing(StoredArtifact::createdAt).thenComparingLong(StoredArtifact::id));
        return out;
    }

    /** An artifact already looked at, by id. */
    public synchronized Optional<StoredArtifact> byId(long id) {
        return made.values().stream().filter(a -> a.id() == id && !deleted.contains(id)).findFirst();
    }

    /** The stored zips with this SHA-256 (two uploads of the same bytes share one), for the blob host. */
    public synchronized List<StoredArtifact> bySha256(String sha256) {
        return made.values().stream().filter(a -> a.sha256().equals(sha256) && !deleted.contains(a.id())).toList();
    }

    /** Deletes an artifact; false when there is none with that id. */
    public synchronized boolean delete(long id) {
        Optional<StoredArtifact> artifact = byId(id);
        if (artifact.isEmpty()) {
            return false;
        }
        deleted.add(id);
        try {
            Files.deleteIfExists(artifact.get().file());
        } catch (IOException e) {
            // The listing no longer shows it; the spool folder goes when the sandbox closes.
        }
        return true;
    }

    @Override
    public synchronized void close() {
        if (Thread.currentThread() != closeAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeAtExit);
            } catch (IllegalStateException e) {
                // The JVM is ending: the hook closes it too, and closing twice is harmless.
            }
        }
        folder.close();
    }

    /** The job's own steps in order: what {@code steps[i]} of the workflow became. */
    private static List<ScheduledStep> plannedSteps(ScheduledJob job) {
        return job.steps().stream().filter(s -> s.source() != null && !s.post()).toList();
    }

    private static boolean succeededBy(ScheduledStep step, Instant now) {
        return step.conclusion().equals("success") && !step.completedAt().isAfter(now);
    }

    private StoredArtifact make(Key key, SimulatedRun run, ScheduledJob job, RunRelease release, JobOutputs outputs,
                                List<ScheduledStep> steps, ArtifactUpload upload, int index) {
        List<OutputFile> present = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        outputs.written().forEach((step, files) -> {
            if (step < index && step < steps.size() && steps.get(step).conclusion().equals("success")) {
                for (OutputFile f : files) {
                    present.add(f);
                    paths.add(f.path());
                }
            }
        });
        Map<String, String> chosen = upload.select(paths);
        if (chosen.isEmpty()) {
            return null;
        }
        Instant created = steps.get(index).completedAt();
        Instant expires = outputs.expires() ? created
                : created.plus(upload.retentionDays().isPresent()
                ? Duration.ofDays(Math.max(1, Math.min(90, upload.retentionDays().getAsInt()))) : DEFAULT_RETENTION);
        long id = job.id() * 64 + key.step();
        Path file = spool.resolve(id + ".zip");
        try {
            writeZip(file, chosen, present, release, upload.compressionLevel(), job.id());
            return new StoredArtifact(id, run.id(), job.id(), job.name(), upload.name(), created, expires,
                    Files.size(file), sha256(file), file, List.copyOf(chosen.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox: cannot write artifact " + upload.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeZip(Path file, Map<String, String> chosen, List<OutputFile> present, RunRelease release,
                          int level, long jobId) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.setLevel(level == 0 ? Deflater.NO_COMPRESSION : level);
            for (Map.Entry<String, String> entry : chosen.entrySet()) {
                OutputFile source = present.stream().filter(f -> f.path().equals(entry.getValue())).findFirst().orElseThrow();
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
                zipEntry.setMethod(level == 0 ? ZipEntry.STORED : ZipEntry.DEFLATED);
                zip.putArchiveEntry(zipEntry);
                writeFile(zip, source, release, jobId);
                zip.closeArchiveEntry();
            }
        }
    }

    private void writeFile(OutputStream out, OutputFile file, RunRelease release, long jobId) throws IOException {
        if (file.identifier().isEmpty()) {
            SdistArchive.write(out, release.projectName(), release.version(), release.projectFiles());
            return;
        }
        WheelFileName name = WheelFileName.parse(file.fileName()).orElseThrow();
        // Every build is its own: the same wheel built by two jobs differs in its bytes.
        long seed = file.fileName().hashCode() * 31L + jobId;
        // Extensions differ a little by platform and interpreter, as real ones do.
        long size = Math.max(1, wheelBytes + (Math.floorMod(seed, 17) - 8) * wheelBytes / 100);
        WheelArchive.write(out, release.projectName(), release.version(), name, file.identifier().get(), size, seed);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = WheelArchive.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
