package dev.wheelhouse.failures;

import dev.wheelhouse.logs.LineFilter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Every known symptom, and the fast way to the best one a line shows: one pass over the line
 * finds which literals it holds, and only their patterns are tried.
 */
final class Symptoms {

    static final List<Symptom> ALL = concat(BuildSymptoms.ALL, PackagingSymptoms.ALL, RunnerSymptoms.ALL);

    /**
     * What a line must start with (after timestamps, blanks, colours and a docker step prefix) to
     * be read, besides holding "rr" (every "error", "Error", "ERROR", "Errno", "stderr"): the
     * symptoms whose lines need not hold it, and the markers that say tests are running.
     */
    static final List<String> LEADING_PHRASES = List.of(
            "error", "Error", "ERROR", "fatal", "Fatal", "FAIL", "##[", "::error", "::warning",
            "Caused by", "caused by", "process didn't exit successfully", "ld:", "Undefined symbols", "make",
            "gmake", "mingw32-make", "ninja:", "Failed building", "unable to execute", "Unable to", "No CMAKE_",
            "Could not", "curl:", "fatal:", "One of the configured", "No package", "E: ", "Build failed",
            "cibuildwheel", "This does not look", "qemu", "WARNING: The requested", "docker:", "Cannot connect",
            "* `", "File already exists", "Binary wheel", "Checking ", "test result:", "The following tests", "=",
            "Testing wheel", "Building wheel", "Repairing wheel", "Start testing", "Ran ", "At least", "tar:",
            "There is not enough", "terminate called", "Killed", "Segmentation fault", "sccache", "auditwheel",
            "delocate", "delvewheel");


    /**
     * Every symptom's literal (ids as in {@link #ALL}), then the markers of a step, a group or a
     * phase, which a failure reader looks for at a line's start (and these anywhere): a line that
     * holds none of them is of no use to it.
     */
    private static final LiteralSearch SEARCH = new LiteralSearch(concatStrings(
            ALL.stream().map(Symptom::literal).toList(),
            List.of("##[group]", "##[endgroup]", "::group::", "::endgroup::", "Post job cleanup.", "Post Run ",
                    "Testing wheel", "Start testing", " test session starts ", "Building wheel", "Repairing wheel")));

    /**
     * The lines a failure reader reads: those a phrase begins or "rr" is in, that hold something it
     * uses ({@link #worthReading}) within the bytes it examines.
     */
    static final LineFilter FILTER = LineFilter.of(LEADING_PHRASES, List.of("rr"))
            .confirmedBy((b, content, end) -> worthReading(b, content,
                    (int) Math.min(end, (long) content + FailureReader.MAX_EXAMINED_BYTES)));

    /** A symptom a line shows, with the match that found it. */
    record Match(Symptom symptom, Matcher matcher, int start) {

        /** The pattern's {@code detail} group, null when it has none or it did not take part. */
        String detail() {
            return group("detail");
        }

        String group(String name) {
            if (symptom.pattern() == null || !symptom.pattern().pattern().contains("(?<" + name + ">")) {
                return null;
            }
            return matcher.group(name);
        }
    }

    private Symptoms() {
    }

    /**
     * Whether {@code b[from, to)}, a line's own text as raw bytes, holds anything a failure reader
     * reads: false means its decoded text would show no symptom and no marker, so it need not be
     * decoded. Most lines a log's "rr" lets through ({@code thiserror}, {@code ndarray}) are such.
     */
    static boolean worthReading(byte[] b, int from, int to) {
        return SEARCH.anyIn(b, from, to);
    }

    /** The heaviest symptom {@code line} shows that counts here, or null. */
    static Match best(String line, boolean testing) {
        BitSet hits = SEARCH.find(line);
        Match best = null;
        for (int id = hits.nextSetBit(0); id >= 0 && id < ALL.size(); id = hits.nextSetBit(id + 1)) {
            Symptom s = ALL.get(id);
            if ((best != null && s.weight() <= best.symptom().weight()) || !s.countsIn(testing)) {
                continue;
            }
            Matcher m = s.match(line);
            if (m != null) {
                best = new Match(s, m, s.pattern() == null ? line.indexOf(s.literal()) : m.start());
            }
        }
        return best;
    }

    private static List<String> concatStrings(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @SafeVarargs
    private static List<Symptom> concat(List<Symptom>... lists) {
        List<Symptom> all = new ArrayList<>();
        for (List<Symptom> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
