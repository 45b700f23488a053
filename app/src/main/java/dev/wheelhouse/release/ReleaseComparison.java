package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelFileName;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares what a run was meant to produce with what its artifacts hold, cell by cell and then across the run:
 * versions against the tag, the sdist, the same file in two artifacts, metadata, expiry, and sizes. One cause gives
 * one finding: a job whose upload made nothing is one "artifact missing", not a missing wheel per file; an expired
 * artifact is not also reported as missing wheels; a wrong wheel that also clashes with another job's file says so in
 * its own finding.
 */
final class ReleaseComparison {

    /** Warn when an artifact is gone within this: a day is GitHub's shortest retention. */
    static final Duration EXPIRING = Duration.ofDays(1);
    /** A wheel under a quarter of the median wheel is worth a look. */
    private static final int SMALL_FACTOR = 4;

    private final ExpectedRelease expected;
    private final List<ProducedArtifact> produced;
    private final Optional<PublishPlan> publish;
    private final Instant now;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CellComparison.Located> flagged = new ArrayList<>();

    private ReleaseComparison(ExpectedRelease expected, List<ProducedArtifact> produced, Optional<PublishPlan> publish,
                              Instant now) {
        this.expected = expected;
        this.produced = produced;
        this.publish = publish;
        this.now = now;
    }

    record Outcome(List<CellReport> cells, List<Finding> findings) {
    }

    static Outcome compare(ExpectedRelease expected, List<ProducedArtifact> produced, Optional<PublishPlan> publish,
                           Instant now) {
        return new ReleaseComparison(expected, produced, publish, now).run();
    }

    private Outcome run() {
        List<CellReport> cells = new ArrayList<>();
        for (ExpectedCell cell : expected.cells()) {
            cells.add(cell(cell));
        }
        unclaimed();
        versions();
        sdists();
        metadata();
        duplicates();
        expiring();
        smallWheels();
        publish.flatMap(PublishPlan::problem).ifPresent(p -> findings.add(Finding.of(FindingKind.PUBLISH_LAYOUT,
                publish.get().step().job(), null, null, publish.get().step().job() + " would publish nothing: " + p + ".")));
        List<CellReport> withAll = cells.stream().map(c -> new CellReport(c.expected(), c.artifacts(), c.produced(),
                c.matched(), findings.stream().filter(f -> f.job().equals(Optional.of(c.expected().job()))).toList()))
                .toList();
        return new Outcome(withAll, List.copyOf(findings));
    }

    private CellReport cell(ExpectedCell cell) {
        List<ProducedArtifact> mine = produced.stream().filter(a -> a.job().equals(Optional.of(cell.job()))).toList();
        List<String> files = mine.stream().flatMap(a -> a.files().stream())
                .filter(f -> f.isWheel() || f.isSdist()).map(ProducedFile::fileName).toList();
        cell.unknown().ifPresent(why -> findings.add(Finding.of(FindingKind.PLAN_UNKNOWN, cell.job(), null, null,
                cell.job() + "'s wheels cannot be predicted (" + why + "), so they were not checked.")));
        if (!cell.finished()) {
            findings.add(Finding.of(FindingKind.JOB_UNFINISHED, cell.job(), null, null, cell.job()
                    + " has not finished; check again when the run has."));
            return new CellReport(cell, mine, files, 0, List.of());
        }
        boolean blocked = false;
        for (ProducedArtifact artifact : mine) {
            if (artifact.artifact().expired()) {
                blocked = true;
                findings.add(Finding.of(FindingKind.ARTIFACT_EXPIRED, cell.job(), artifact.name(), null, "Artifact "
                        + artifact.name() + " of " + cell.job() + " expired on " + artifact.artifact().expiresAt()
                        + ": its files are gone, and the publish job cannot download it."));
            } else if (!artifact.readable()) {
                blocked = true;
                findings.add(Finding.of(FindingKind.ARTIFACT_UNREADABLE, cell.job(), artifact.name(), null, "Artifact "
                        + artifact.name() + " of " + cell.job() + " could not be read: " + artifact.problem().get()));
            }
        }
        List<String> missingUploads = cell.uploads().stream().map(ExpectedUpload::name)
                .filter(n -> produced.stream().noneMatch(a -> a.name().equals(n))).toList();
        if (!missingUploads.isEmpty() && mine.isEmpty() && (!cell.wheels().isEmpty() || cell.sdist())) {
            int count = cell.wheels().size();
            String what = (count == 1 ? "wheel" : count + " wheels") + (cell.sdist() ? " and the sdist" : "");
            String why = cell.conclusion().filter(c -> !c.equals("success")).map(c -> "the job ended: " + c)
                    .orElse("its upload step found no files");
            findings.add(Finding.of(FindingKind.ARTIFACT_MISSING, cell.job(), missingUploads.get(0), null, cell.job()
                    + " uploaded no artifact " + String.join(", ", missingUploads) + " (" + why + "): its " + what
                    + " (" + cell.wheels().stream().map(w -> w.identifier().toString()).collect(Collectors.joining(", "))
                    + ") " + (count == 1 && !cell.sdist() ? "is" : "are") + " missing."));
            return new CellReport(cell, mine, files, 0, List.of());
        }
        if (blocked) {
            return new CellReport(cell, mine, files, 0, List.of());
        }
        List<CellComparison.Located> wheels = new ArrayList<>();
        for (ProducedArtifact artifact : mine) {
            artifact.files().stream().filter(ProducedFile::isWheel)
                    .forEach(f -> wheels.add(new CellComparison.Located(artifact, f)));
        }
        CellComparison.Result result = CellComparison.compare(cell, wheels);
        findings.addAll(result.findings());
        flagged.addAll(result.flagged());
        return new CellReport(cell, mine, files, result.matched(), List.of());
    }

    /** Wheels in artifacts no job's upload names. */
    private void unclaimed() {
        for (ProducedArtifact artifact : produced) {
            if (artifact.job().isPresent()) {
                continue;
            }
            for (ProducedFile file : artifact.files()) {
                if (file.isWheel()) {
                    flagged.add(new CellComparison.Located(artifact, file));
                    findings.add(Finding.of(FindingKind.UNEXPECTED_WHEEL, null, artifact.name(), file.fileName(),
                            file.fileName() + " is in artifact " + artifact.name() + ", which no job of the workflow uploads."));
                }
            }
        }
    }

    private void versions() {
        Optional<String> wanted = expected.version();
        if (wanted.isEmpty()) {
            return;
        }
        List<CellComparison.Located> off = new ArrayList<>();
        int total = 0;
        Set<String> seen = new TreeSet<>();
        for (ProducedArtifact artifact : readable()) {
            for (ProducedFile file : artifact.files()) {
                Optional<String> version = file.wheel().map(WheelFileName::version).or(() -> file.sdist()
                        .map(ProducedFile.SdistName::version));
                if (version.isEmpty()) {
                    continue;
                }
                total++;
                if (!TagVersion.same(version.get(), wanted.get())) {
                    off.add(new CellComparison.Located(artifact, file));
                    seen.add(version.get());
                }
            }
        }
        if (off.isEmpty()) {
            return;
        }
        String named = "the " + expected.version().map(v -> "version " + v).orElse("") + " the tag names";
        if (off.size() == total && seen.size() == 1) {
            findings.add(Finding.of(FindingKind.VERSION_MISMATCH, null, null, null, "Every distribution (" + total
                    + " files) carries version " + seen.iterator().next() + ", not " + named
                    + expected.projectVersion().map(p -> "; the project files at the run's commit say " + p).orElse("") + "."));
            return;
        }
        for (CellComparison.Located file : off) {
            findings.add(Finding.of(FindingKind.VERSION_MISMATCH, file.artifact().job().orElse(null), file.artifact().name(),
                    file.file().fileName(), file.file().fileName() + " carries another version than " + named + "."));
        }
    }

    private void sdists() {
        boolean planned = expected.cells().stream().anyMatch(c -> c.uploads().stream().anyMatch(ExpectedUpload::sdist));
        Map<String, List<ProducedArtifact>> byName = new LinkedHashMap<>();
        for (ProducedArtifact artifact : readable()) {
            artifact.files().stream().filter(ProducedFile::isSdist)
                    .forEach(f -> byName.computeIfAbsent(f.fileName(), k -> new ArrayList<>()).add(artifact));
        }
        boolean someoneUnreadable = produced.stream().anyMatch(a -> !a.readable() || a.artifact().expired());
        if (planned && byName.isEmpty() && !someoneUnreadable) {
            String job = expected.cells().stream().filter(ExpectedCell::sdist).map(ExpectedCell::job).findFirst().orElse(null);
            boolean alreadyMissing = findings.stream().anyMatch(f -> f.kind() == FindingKind.ARTIFACT_MISSING
                    && f.job().equals(Optional.ofNullable(job)));
            if (!alreadyMissing) {
                findings.add(Finding.of(FindingKind.SDIST_MISSING, job, null, null, "The workflow builds an sdist"
                        + (job == null ? "" : " in " + job) + " but no artifact holds one."));
            }
        }
        if (byName.size() > 1) {
            findings.add(Finding.of(FindingKind.SDIST_TWICE, null, null, null, "The artifacts hold " + byName.size()
                    + " different sdists: " + byName.entrySet().stream().map(e -> e.getKey() + " (in "
                    + e.getValue().get(0).name() + ")").collect(Collectors.joining(", ")) + "; an index takes one."));
        }
    }

    private void metadata() {
        for (ProducedArtifact artifact : readable()) {
            for (ProducedFile file : artifact.files()) {
                if (!file.problems().isEmpty()) {
                    findings.add(Finding.of(FindingKind.METADATA_MISMATCH, artifact.job().orElse(null), artifact.name(),
                            file.fileName(), file.fileName() + " in " + artifact.name() + ": "
                                    + String.join("; ", file.problems()) + "."));
                }
            }
        }
    }

    /**
     * The same file name in two artifacts: merged into one folder, the copy downloaded last replaces the others, so
     * which one is published is chance (and with different bytes, one build is lost). Among the artifacts the publish
     * job takes when there is one, else among all. The finding belongs to the job whose copy it did not plan.
     */
    private void duplicates() {
        List<String> merged = publish.map(PublishPlan::artifacts).orElse(null);
        Map<String, List<CellComparison.Located>> byName = new LinkedHashMap<>();
        for (ProducedArtifact artifact : readable()) {
            if (merged != null && !merged.contains(artifact.name())) {
                continue;
            }
            for (ProducedFile file : artifact.files()) {
                if (file.isWheel() || file.isSdist()) {
                    byName.computeIfAbsent(file.fileName(), k -> new ArrayList<>())
                            .add(new CellComparison.Located(artifact, file));
                }
            }
        }
        for (Map.Entry<String, List<CellComparison.Located>> entry : byName.entrySet()) {
            List<CellComparison.Located> copies = entry.getValue();
            if (copies.size() < 2) {
                continue;
            }
            boolean identical = copies.stream().map(c -> c.file().size() + ":" + c.file().crc()).distinct().count() == 1;
            CellComparison.Located culprit = copies.stream().filter(this::unplanned).findFirst()
                    .orElse(copies.get(copies.size() - 1));
            String others = copies.stream().filter(c -> c != culprit).map(c -> c.artifact().name())
                    .collect(Collectors.joining(" and "));
            String consequence = identical ? "merged, the copies are identical today but which one is published is "
                    + "left to download order" : "merged into one folder, one build would be lost";
            if (isFlagged(culprit)) {
                // The wrong wheel's own finding is the cause; it names the clash.
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    if (f.file().equals(Optional.of(entry.getKey()))
                            && f.artifact().equals(Optional.of(culprit.artifact().name()))) {
                        findings.set(i, new Finding(f.kind(), f.job(), f.artifact(), f.file(), f.message()
                                + " The same file name is also in " + others + ": " + consequence + "."));
                    }
                }
                continue;
            }
            String job = culprit.artifact().job().orElse(null);
            String unplanned = unplanned(culprit) && job != null ? " " + job + " does not build it;" : "";
            findings.add(Finding.of(FindingKind.DUPLICATE_FILE, job, culprit.artifact().name(), entry.getKey(),
                    entry.getKey() + " is in " + culprit.artifact().name() + " and in " + others + ":" + unplanned + " "
                            + consequence + "."));
        }
    }

    /** A copy the job's plan does not account for: a wheel already flagged, or an sdist from a job that builds none. */
    private boolean unplanned(CellComparison.Located copy) {
        if (isFlagged(copy)) {
            return true;
        }
        return copy.file().isSdist() && copy.artifact().job().flatMap(expected::cell).map(c -> !c.sdist()).orElse(true);
    }

    private boolean isFlagged(CellComparison.Located copy) {
        return flagged.stream().anyMatch(f -> f.artifact() == copy.artifact() && f.file() == copy.file());
    }

    private void expiring() {
        for (ProducedArtifact artifact : produced) {
            Instant expires = artifact.artifact().expiresAt();
            if (!artifact.artifact().expired() && expires != null && expires.isBefore(now.plus(EXPIRING))) {
                findings.add(Finding.of(FindingKind.ARTIFACT_EXPIRING, artifact.job().orElse(null), artifact.name(), null,
                        "Artifact " + artifact.name() + " expires at " + expires + ": publish before then."));
            }
        }
    }

    private void smallWheels() {
        List<CellComparison.Located> wheels = new ArrayList<>();
        for (ProducedArtifact artifact : readable()) {
            artifact.files().stream().filter(ProducedFile::isWheel).forEach(f -> wheels.add(new CellComparison.Located(artifact, f)));
        }
        if (wheels.size() < 3) {
            return;
        }
        List<Long> sizes = wheels.stream().map(w -> w.file().size()).sorted(Comparator.naturalOrder()).toList();
        long median = sizes.get(sizes.size() / 2);
        for (CellComparison.Located wheel : wheels) {
            if (wheel.file().size() * SMALL_FACTOR < median) {
                findings.add(Finding.of(FindingKind.SMALL_WHEEL, wheel.artifact().job().orElse(null), wheel.artifact().name(),
                        wheel.file().fileName(), wheel.file().fileName() + " is " + wheel.file().size()
                                + " bytes, under a quarter of the other wheels' median (" + median
                                + "): did its build leave the extension out?"));
            }
        }
    }

    private List<ProducedArtifact> readable() {
        return produced.stream().filter(a -> a.readable() && !a.artifact().expired()).toList();
    }
}
