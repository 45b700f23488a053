package dev.wheelhouse.failures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The ranking's look-ahead ({@link FailureRanking#wouldKeep}), asked before a candidate is made so
 * that one it would drop costs no look-back, says what {@link FailureRanking#offer} then does.
 */
class FailureRankingPropertiesTest {

    /** Lines that show symptoms of several classes and weights, at their start, after a tool's name, or not cleanly. */
    private static final List<String> LINES = List.of(
            "error[E0308]: mismatched types",
            "src/ext.c:3:10: fatal error: Python.h: No such file or directory",
            "error: linking with `cc` failed: exit status: 1",
            "undefined reference to `PyInit_satkit'",
            "/usr/bin/ld: undefined reference to `PyInit_satkit'",
            "ld: symbol(s) not found for architecture arm64",
            "FAILED tests/test_orbit.py::test_kepler - AssertionError",
            "Killed",
            " No space left on device",
            "##[error]Process completed with exit code 1.");

    record Offer(int line, String step, long number) {
    }

    @Provide
    Arbitrary<List<Offer>> offers() {
        Arbitrary<Offer> one = Combinators.combine(Arbitraries.integers().between(0, LINES.size() - 1),
                Arbitraries.of("Build wheels", "Test", "Set up job"),
                Arbitraries.longs().between(1, 40)).as(Offer::new);
        return one.list().ofMaxSize(FailureRanking.MAX_KEPT - 1);
    }

    @Property(tries = 300)
    void whatItWouldKeepIsWhatItKeeps(@ForAll("offers") List<Offer> offers) {
        FailureRanking ranking = new FailureRanking(JobHints.NONE);
        for (Offer o : offers) {
            String text = LINES.get(o.line());
            Symptoms.Match match = Symptoms.best(text.strip(), o.step().equals("Test"));
            assertNotNull(match, text);
            boolean would = ranking.wouldKeep(match, text, o.number(), o.step());
            Candidate c = new Candidate(match, o.number(), text, o.step(), Instant.EPOCH, List.of(), false);
            assertEquals(would, ranking.offer(c), () -> "offer of " + o + " after " + offers);
        }
    }
}
