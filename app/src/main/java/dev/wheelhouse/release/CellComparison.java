package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelExpectation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One job's planned wheels against the wheels its artifacts hold: each plan entry takes the wheel whose tags satisfy
 * it; a planned wheel left over and a produced one for the same platform (or interpreter) make one finding, a
 * wrong interpreter (or platform); what is left after that is missing or unexpected.
 */
final class CellComparison {

    /** A wheel in an artifact, with where it is. */
    record Located(ProducedArtifact artifact, ProducedFile file) {
    }

    /** The findings of one cell, and the produced wheels they name (so a duplicate of one is not reported twice). */
    record Result(List<Finding> findings, List<Located> flagged, int matched) {
    }

    private CellComparison() {
    }

    static Result compare(ExpectedCell cell, List<Located> produced) {
        List<WheelExpectation> missing = new ArrayList<>(cell.wheels());
        List<Located> extra = new ArrayList<>(produced);
        List<Located> taken = new ArrayList<>();
        int matched = 0;
        for (Iterator<WheelExpectation> it = missing.iterator(); it.hasNext(); ) {
            WheelExpectation wanted = it.next();
            Optional<Located> found = extra.stream()
                    .filter(p -> wanted.compare(p.file().wheel().orElseThrow()) == WheelExpectation.Match.MATCHES).findFirst();
            // cibuildwheel builds a stable-ABI wheel once and skips the later interpreters it covers.
            Optional<Located> shared = found.isPresent() ? found : taken.stream()
                    .filter(p -> p.file().wheel().orElseThrow().abiTags().contains("abi3"))
                    .filter(p -> wanted.compare(p.file().wheel().orElseThrow()) == WheelExpectation.Match.MATCHES).findFirst();
            if (shared.isPresent()) {
                extra.remove(shared.get());
                taken.add(shared.get());
                it.remove();
                matched++;
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Located> flagged = new ArrayList<>();
        for (WheelExpectation.Match kind : List.of(WheelExpectation.Match.WRONG_INTERPRETER, WheelExpectation.Match.WRONG_PLATFORM)) {
            for (Iterator<WheelExpectation> it = missing.iterator(); it.hasNext(); ) {
                WheelExpectation wanted = it.next();
                Optional<Located> found = extra.stream()
                        .filter(p -> wanted.compare(p.file().wheel().orElseThrow()) == kind).findFirst();
                if (found.isPresent()) {
                    extra.remove(found.get());
                    it.remove();
                    flagged.add(found.get());
                    String what = kind == WheelExpectation.Match.WRONG_INTERPRETER ? "interpreter" : "platform";
                    findings.add(Finding.of(kind == WheelExpectation.Match.WRONG_INTERPRETER ? FindingKind.WRONG_INTERPRETER
                                    : FindingKind.WRONG_PLATFORM, cell.job(), found.get().artifact().name(),
                            found.get().file().fileName(), cell.job() + " should build " + wanted.identifier() + " ("
                                    + wanted.describe() + ") but its artifact " + found.get().artifact().name()
                                    + " holds " + found.get().file().fileName() + ": the wrong " + what + "."));
                }
            }
        }
        if (!missing.isEmpty()) {
            String ended = cell.conclusion().filter(c -> !c.equals("success")).map(c -> " (the job ended: " + c + ")")
                    .orElse("");
            for (WheelExpectation wanted : missing) {
                findings.add(Finding.of(FindingKind.MISSING_WHEEL, cell.job(), null, null, cell.job() + " should build "
                        + wanted.identifier() + " (" + wanted.describe() + "); no artifact of the job holds it" + ended + "."));
            }
        }
        for (Located unexpected : extra) {
            flagged.add(unexpected);
            findings.add(Finding.of(FindingKind.UNEXPECTED_WHEEL, cell.job(), unexpected.artifact().name(),
                    unexpected.file().fileName(), unexpected.file().fileName() + " in " + unexpected.artifact().name()
                            + " is no wheel " + cell.job() + " plans to build"
                            + (cell.wheels().isEmpty() ? "." : " (it plans " + cell.wheels().stream()
                            .map(w -> w.identifier().toString()).collect(Collectors.joining(", ")) + ").")));
        }
        return new Result(findings, flagged, matched);
    }
}
