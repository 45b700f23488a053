package dev.wheelhouse.failures;

import dev.wheelhouse.logs.LineConsumer;
import dev.wheelhouse.logs.LineFilter;
import dev.wheelhouse.logs.LogPass;
import dev.wheelhouse.logs.LogReader;
import dev.wheelhouse.logs.LogStamps;
import dev.wheelhouse.logs.ParallelLogPass;
import dev.wheelhouse.logs.StepTracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads why a job failed from its log, in one streaming pass that decodes only the lines that can
 * show a failure ({@link Symptoms#FILTER}). Every line that shows a known symptom becomes a
 * candidate with the lines around it; when a step ends in failure (or the log ends) the lines
 * just above, which the filter let pass, are read too, so a linker's or a shell's message without
 * an "error" in it is not missed. The best candidate of each class makes the report
 * ({@link FailureRanking}).
 *
 * <p>An instance holds no state between reads and may be shared.
 */
public final class FailureReader {

    /** A candidate below this weight is a consequence ("could not compile"): its cause is above it. */
    private static final int TRIGGER_WEIGHT = 60;
    /**
     * Bytes of a line read for symptoms: every tool's message starts within them (a linker's
     * command line runs to a few kilobytes), and a minified or base64 line of 64 KiB that holds
     * "error" somewhere need not be decoded and searched whole.
     */
    static final int MAX_EXAMINED_BYTES = 8 * 1024;

    /** Reads a log file; refuses what is not a regular file ({@link dev.wheelhouse.logs.NotALogFileException}). */
    public FailureReport read(Path log) throws IOException {
        Pass pass = pass(JobHints.NONE);
        ParallelLogPass.run(log, List.of(pass));
        return pass.result();
    }

    /** Reads {@code in} to its end; does not close it. */
    public FailureReport read(InputStream in, JobHints hints) throws IOException {
        Pass pass = pass(hints);
        LogPass.run(in, List.of(pass));
        return pass.result();
    }

    /** A read to run in a {@link LogPass} beside other readers of the same log; its report once the pass ends. */
    public Pass pass(JobHints hints) {
        return new Pass(hints);
    }

    /** The state of one read. */
    public static final class Pass implements LineConsumer {

        private final JobHints hints;
        private final StepTracker steps = new StepTracker();
        private final FailureRanking ranking;
        private final List<Candidate> collecting = new ArrayList<>();
        private boolean testing;
        private long lookedBackTo;
        private FailureReport result;

        private Pass(JobHints hints) {
            this.hints = hints;
            this.ranking = new FailureRanking(hints);
        }

        @Override
        public LineFilter filter() {
            return Symptoms.FILTER;
        }

        @Override
        public boolean followsNextLine() {
            return !collecting.isEmpty();
        }

        @Override
        public boolean wantsLookback() {
            return true;
        }

        @Override
        public void accept(LogReader line) {
            String text = null;
            if (!collecting.isEmpty()) {
                text = line.content(MAX_EXAMINED_BYTES);
                for (Candidate c : collecting) {
                    c.addAfter(text);
                }
                collecting.removeIf(c -> !c.wantsMore());
            }
            if (!Symptoms.FILTER.wantedAt(line)) {
                return;   // handed over for another reader, or for the context after a candidate
            }
            if (text == null) {
                text = line.content(MAX_EXAMINED_BYTES);
            }
            String body = text.strip();
            if (steps.offer(body)) {
                testing = looksLikeTests(steps.step());
                return;
            }
            notePhase(body);
            Symptoms.Match match = Symptoms.best(body, testing);
            if (match == null) {
                return;
            }
            String step = stepName();
            Instant stamp = LogStamps.parse(line.raw());
            if (body.contains(RunnerSymptoms.STEP_FAILED)) {
                ranking.stepFailed(step);
            }
            // Most lines that show a symptom lose to one already held: the twelve lines above are
            // read only for a candidate the ranking would keep.
            if (ranking.wouldKeep(match, text, line.number(), step)) {
                Candidate c = new Candidate(match, line.number(), text.stripTrailing(), step, stamp,
                        line.before(Candidate.BEFORE, MAX_EXAMINED_BYTES), false);
                if (ranking.offer(c)) {
                    collecting.add(c);
                }
            }
            if (match.symptom().weight() < TRIGGER_WEIGHT) {
                // Only the lines not looked at yet: a line is read once for what it shows.
                int unread = (int) Math.min(LogReader.LOOKBACK_LINES, line.number() - 1 - lookedBackTo);
                lookBack(line.before(unread, MAX_EXAMINED_BYTES), line.number() - 1, text, stamp);
            }
        }

        @Override
        public void finish(LogReader reader) {
            List<String> tail = reader.last(LogReader.LOOKBACK_LINES, MAX_EXAMINED_BYTES);
            lookBack(tail, reader.number(), null, null);
            result = new FailureReport(ranking.failures(), reader.number(), reader.encoding());
        }

        /** What the read found; available once the pass has ended. */
        public FailureReport result() {
            if (result == null) {
                throw new IllegalStateException("the pass has not ended");
            }
            return result;
        }

        /**
         * Reads the lines above a consequence (or the log's last lines) that the filter passed
         * over, within the current step, once each.
         *
         * @param lines     consecutive lines ending with line {@code lastLine}
         * @param following the line after them, for the context of what they show (null at the end)
         * @param stamp     the time of the line after them: the lines are of the same step
         */
        private void lookBack(List<String> lines, long lastLine, String following, Instant stamp) {
            long first = lastLine - lines.size() + 1;
            int from = 0;
            for (int i = lines.size() - 1; i >= 0; i--) {
                String body = lines.get(i).strip();
                if (body.startsWith("##[group]Run ") || body.startsWith("Post job cleanup.")) {
                    from = i + 1;   // the step began here: what is above belongs to another step
                    break;
                }
            }
            for (int i = from; i < lines.size(); i++) {
                long number = first + i;
                if (number <= lookedBackTo) {
                    continue;
                }
                // Looked-back lines come decoded from at most MAX_EXAMINED_BYTES, as a current line's text.
                String text = lines.get(i);
                Symptoms.Match match = Symptoms.best(text.strip(), testing);
                if (match == null) {
                    continue;
                }
                Candidate c = new Candidate(match, number, text.stripTrailing(), stepName(), stamp,
                        lines.subList(Math.max(0, i - Candidate.BEFORE), i), false);
                for (int k = i + 1; k < lines.size(); k++) {
                    c.addAfter(lines.get(k));
                }
                if (following != null) {
                    c.addAfter(following);
                }
                if (ranking.offer(c) && c.wantsMore()) {
                    collecting.add(c);
                }
            }
            lookedBackTo = Math.max(lookedBackTo, lastLine);
        }

        /** cibuildwheel and the test runners announce their phases; a test run's crash is a test failure. */
        private void notePhase(String body) {
            if (body.startsWith("Testing wheel") || body.startsWith("Start testing")
                    || (body.startsWith("=") && body.contains(" test session starts "))) {
                testing = true;
            } else if (body.startsWith("Building wheel") || body.startsWith("Repairing wheel")) {
                testing = false;
            }
        }

        private static boolean looksLikeTests(String step) {
            if (step == null) {
                return false;
            }
            String s = step.toLowerCase(java.util.Locale.ROOT);
            return s.contains("pytest") || s.contains("test") || s.contains("unittest");
        }

        /** The step as GitHub names an unnamed one: {@code Run pypa/cibuildwheel@v3}; post steps as they are. */
        private String stepName() {
            String step = steps.step();
            if (step == null || step.startsWith("Post ")) {
                return step;
            }
            return "Run " + step;
        }
    }

}
