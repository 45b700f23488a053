package dev.wheelhouse.failures;

import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.SccacheErrors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the best candidate of each class in each step, and at the end orders the classes, the most
 * likely failure first. A candidate's score is its symptom's weight, plus a little when the
 * symptom starts its line (the tool's own line, not a report quoting it), plus more in the step
 * that failed, minus some in post steps (their errors follow the failure, they rarely cause it).
 * Of equal scores the earlier line wins: the first error is the cause, the rest its echo.
 */
final class FailureRanking {

    /** Candidates kept at once: a pathological log of a million failing steps cannot fill the heap. */
    static final int MAX_KEPT = 64;
    private static final int CLEAN_START = 3;
    private static final int IN_FAILED_STEP = 25;
    private static final int IN_POST_STEP = -30;
    /** A problem matcher's error: GitHub's own pointer into the source, worth a compile error's class. */
    private static final Symptom ANNOTATED_SOURCE = Symptom.of("problem-matcher", FailureClass.COMPILE_ERROR, 70, "",
            "(?<detail>.+)", "The build reported an error at {location}: {detail}.");

    private final JobHints hints;
    private final Map<String, Candidate> best = new LinkedHashMap<>();
    private String failedLogStep;
    private boolean anyStepFailed;

    FailureRanking(JobHints hints) {
        this.hints = hints;
    }

    /** The runner closed a step with a failure: the first such step is where the job failed. */
    void stepFailed(String logStep) {
        if (!anyStepFailed) {
            anyStepFailed = true;
            failedLogStep = logStep;
        }
    }

    /**
     * Whether a candidate showing {@code match} in {@code text} at {@code line}, in {@code step},
     * would be kept ({@link #offer} may still drop it when more than {@link #MAX_KEPT} are held):
     * asked first, so a candidate it would drop is never made, nor the lines above it read.
     */
    boolean wouldKeep(Symptoms.Match match, String text, long line, String step) {
        return replaces(best.get(key(match.symptom().cls(), step)), line, weight(match, text));
    }

    /** Keeps {@code c} if it is the best of its class in its step so far; true if kept. */
    boolean offer(Candidate c) {
        String key = key(c.failureClass(), c.step);
        if (!replaces(best.get(key), c.line, weight(c))) {
            return false;
        }
        best.put(key, c);
        if (best.size() > MAX_KEPT) {
            best.values().stream().min(Comparator.comparingInt(FailureRanking::weight))
                    .ifPresent(weakest -> best.values().remove(weakest));
        }
        return best.containsValue(c);
    }

    /** The failures found, one per class, the most likely first; UNKNOWN only when nothing else is known. */
    List<Failure> failures() {
        List<Candidate> all = new ArrayList<>(best.values());
        for (Annotation a : hints.annotations()) {
            Candidate c = fromAnnotation(a);
            if (c != null) {
                all.add(c);
            }
        }
        Map<FailureClass, Candidate> perClass = new LinkedHashMap<>();
        Comparator<Candidate> order = Comparator.comparingInt(this::score).reversed()
                .thenComparing(c -> c.fromAnnotation)
                .thenComparingLong(c -> c.line);
        all.sort(order);
        for (Candidate c : all) {
            perClass.putIfAbsent(c.failureClass(), c);
        }
        if (perClass.size() > 1) {
            perClass.remove(FailureClass.UNKNOWN);
        }
        SourceLocation annotated = hints.annotations().stream().filter(a -> a.failure() && a.pointsAtSource())
                .findFirst().map(a -> new SourceLocation(a.path(), a.line(), 0)).orElse(null);
        List<Failure> out = new ArrayList<>();
        for (Candidate c : perClass.values()) {
            out.add(failure(c, annotated));
        }
        return out;
    }

    private Failure failure(Candidate c, SourceLocation annotated) {
        Symptoms.Match m = c.match;
        SourceLocation location = c.fromAnnotation ? annotated : SourceLocation.from(m);
        if (location == null && !c.fromAnnotation) {
            location = SourceLocation.afterRustError(c.after());
        }
        if (location == null && annotated != null
                && (c.failureClass() == FailureClass.COMPILE_ERROR || c.failureClass() == FailureClass.LINKER_ERROR)) {
            location = annotated;
        }
        String detail = m.detail();
        if (detail == null && c.symptom().contextDetail() != null) {
            detail = firstGroup(c.symptom().contextDetail(), c.after());
        }
        String step = c.step;
        if (!hints.steps().isEmpty()) {
            String named = hints.stepAt(c.stamp);
            step = named != null ? named : hints.failedStep();
        }
        String message = FailureMessages.render(c.symptom().message(), detail, location);
        if (c.failureClass() == FailureClass.SCCACHE_FAILED) {
            // The statistics reader already knows these errors: say what `stats` says.
            List<String> lines = new ArrayList<>();
            lines.add(c.text);
            lines.addAll(c.after());
            message = SccacheErrors.diagnose(lines).map(Diagnosis::message).orElse(message);
        }
        return new Failure(c.failureClass(), step, c.fromAnnotation ? 0 : c.line, c.text, c.excerpt(), location,
                message, c.symptom().id());
    }

    private Candidate fromAnnotation(Annotation a) {
        if (!a.failure() && !a.level().equals("warning")) {
            return null;
        }
        String text = a.title() == null || a.message().contains(a.title()) ? a.message() : a.title() + ": " + a.message();
        Symptoms.Match match = Symptoms.best(text.strip(), false);
        if (match == null && a.failure() && a.pointsAtSource()) {
            Matcher m = ANNOTATED_SOURCE.pattern().matcher(a.message().strip());
            if (m.find()) {
                match = new Symptoms.Match(ANNOTATED_SOURCE, m, 0);
            }
        }
        if (match == null || match.symptom().cls() == FailureClass.UNKNOWN) {
            return null;
        }
        return new Candidate(match, 0, text, hints.failedStep(), null, List.of(), true);
    }

    private int score(Candidate c) {
        int s = weight(c);
        if (c.fromAnnotation) {
            return s;
        }
        if (inFailedStep(c)) {
            s += IN_FAILED_STEP;
        }
        if (c.step != null && c.step.startsWith("Post ")) {
            s += IN_POST_STEP;
        }
        return s;
    }

    private boolean inFailedStep(Candidate c) {
        if (!hints.steps().isEmpty() && c.stamp != null) {
            String failed = hints.failedStep();
            return failed != null && failed.equals(hints.stepAt(c.stamp));
        }
        return anyStepFailed && Objects.equals(c.step, failedLogStep);
    }

    private static int weight(Candidate c) {
        return c.symptom().weight() + (c.clean ? CLEAN_START : 0);
    }

    /** Whether a candidate at {@code line} of {@code weight} takes the place of {@code held} (none: it does). */
    private static boolean replaces(Candidate held, long line, int weight) {
        return held == null || (held.line != line && weight(held) < weight);
    }

    private static String key(FailureClass cls, String step) {
        return cls + "|" + step;
    }

    private static int weight(Symptoms.Match match, String text) {
        return match.symptom().weight() + (Candidate.cleanStart(text.strip(), match.start()) ? CLEAN_START : 0);
    }

    private static String firstGroup(Pattern p, List<String> lines) {
        for (String line : lines) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
