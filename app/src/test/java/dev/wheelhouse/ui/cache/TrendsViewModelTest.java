package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryException;
import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.history.JobCacheStatsRecord;
import dev.wheelhouse.history.JobRecord;
import dev.wheelhouse.history.LanguageCounts;
import dev.wheelhouse.history.RunRecord;
import dev.wheelhouse.ui.common.CacheCoverage;
import dev.wheelhouse.ui.common.Heat;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import dev.wheelhouse.ui.task.ManualTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Trends section's model over a history file in a temporary directory. */
class TrendsViewModelTest {

    private static final String REPO = "wheelhouse-demo/satkit";
    private static final String RELEASE = ".github/workflows/release.yml";
    private static final String CI = ".github/workflows/ci.yml";
    private static final Instant T0 = Instant.parse("2026-06-02T09:00:00Z");

    @TempDir
    Path dir;
    private HistoryStore store;
    private final AtomicInteger opened = new AtomicInteger();
    private final Supplier<HistoryStore> history = () -> {
        opened.incrementAndGet();
        return store;
    };

    @BeforeEach
    void open() {
        store = HistoryStore.open(dir.resolve("history.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * A release run of four wheel jobs (two Linux, two macOS), each job with {@code hits} and
     * {@code misses} in Rust and one more miss in C, and an sdist job without sccache.
     */
    private void run(String workflow, long runId, int minutesAfterStart, long hits, long misses) {
        Instant created = T0.plus(Duration.ofMinutes(minutesAfterStart));
        RunRecord run = new RunRecord(REPO, workflow, runId, 1, "main", "sha" + runId, "workflow_dispatch",
                "completed", "success", created, created, created.plusSeconds(900), null);
        List<JobRecord> jobs = new ArrayList<>();
        List<JobCacheStatsRecord> stats = new ArrayList<>();
        String[] os = {"Linux", "Linux", "macOS", "macOS"};
        for (int i = 0; i < os.length; i++) {
            long jobId = runId * 100 + i;
            int minutes = (hits > misses ? 3 : 9) + i;
            jobs.add(new JobRecord(runId, 1, jobId, "build wheels (" + os[i] + " " + i + ")", null, "completed",
                    "success", created, created.plus(Duration.ofMinutes(minutes)), os[i]));
            Map<String, LanguageCounts> languages = new LinkedHashMap<>();
            languages.put("Rust", new LanguageCounts(hits, misses - 1, 0L));
            languages.put("C/C++", new LanguageCounts(0L, 1L, 0L));
            stats.add(new JobCacheStatsRecord(jobId, hits + misses, hits, misses, 0L, "github-actions", "0.10.0",
                    List.of(), languages, created));
        }
        jobs.add(new JobRecord(runId, 1, runId * 100 + 9, "sdist", null, "completed", "success", created,
                created.plusSeconds(60), "Linux"));
        store.saveRun(run, jobs, stats);
    }

    private TrendsViewModel model() {
        return new TrendsViewModel(new DirectTaskExecutor(), history);
    }

    /** Run 1 cold (every lookup a miss), run 2 half an hour later warm (90 %), and a model showing them. */
    private TrendsViewModel coldThenWarmShown() {
        run(RELEASE, 1, 0, 0, 100);
        run(RELEASE, 2, 30, 90, 10);
        TrendsViewModel model = model();
        model.showRepository(REPO);
        return model;
    }

    @Test
    void withoutAConnectionItSaysWhereToConnect() {
        TrendsViewModel model = model();

        assertEquals(TrendsViewModel.NOT_CONNECTED, model.emptyMessageProperty().get());
        assertTrue(model.chartProperty().get().isEmpty());
        assertEquals(0, opened.get(), "nothing read");
    }

    @Test
    void aRepositoryWithNoRunsInTheHistorySaysToRunTheWorkflow() {
        run(RELEASE, 1, 0, 0, 100);
        TrendsViewModel model = model();

        model.showRepository("someone/else");

        assertTrue(model.emptyMessageProperty().get().contains("Run the workflow to see trends"),
                model.emptyMessageProperty().get());
        assertTrue(model.workflows().isEmpty());
        assertNull(model.workflowProperty().get());
    }

    @Test
    void theWorkflowRunLastIsChartedOnePointPerRunColdThenWarm() {
        TrendsViewModel model = coldThenWarmShown();

        assertEquals(List.of(RELEASE), model.workflows());
        assertEquals(RELEASE, model.workflowProperty().get());
        assertEquals("", model.emptyMessageProperty().get());
        List<TrendChart.Sample> rates = model.chartProperty().get().hitRateSeries(TrendChart.ALL_JOBS).orElseThrow()
                .samples();
        assertEquals(List.of(0.0, 90.0), rates.stream().map(TrendChart.Sample::y).toList());
        assertEquals(2, model.chartProperty().get().durations().get(0).samples().size());
    }

    @Test
    void theNewestRunIsShownAgainstTheRunBeforeIt() {
        TrendsViewModel model = coldThenWarmShown();

        RunCacheDetail detail = model.detailProperty().get();
        assertEquals(2, detail.run().runId());
        assertEquals("Run 2 · 2026-06-02 09:30", detail.title(ZoneOffset.UTC));
        assertEquals("4 of 5 jobs that ran have sccache figures · 360 hits · 40 misses", detail.figures());
        assertEquals("Warmer than run 1: +90.0 points, +360 hits, -360 misses.", detail.comparisonText());
        assertEquals(Heat.WARM, Heat.of(detail.summary().hitRate()));
        assertEquals(List.of("Rust", "C/C++"), List.copyOf(detail.summary().languages().keySet()));
        assertEquals("Per language, over 4 of 5 jobs (only a job's log splits its figures by language)", CacheCoverage.languages(detail.summary()));
    }

    @Test
    void choosingAnOlderRunShowsItAndItStaysChosenWhenANewRunArrives() {
        TrendsViewModel model = coldThenWarmShown();

        model.selectedRunProperty().set(model.chartProperty().get().run(1).orElseThrow());
        assertEquals(1, model.detailProperty().get().run().runId());
        assertEquals("The oldest run kept: nothing before it to compare with.",
                model.detailProperty().get().comparisonText());

        run(RELEASE, 3, 60, 20, 80);
        model.refresh();

        assertEquals(3, model.chartProperty().get().runs().size());
        assertEquals(1, model.detailProperty().get().run().runId());
    }

    @Test
    void whoeverLooksAtTheNewestRunFollowsTheNextOneAndSeesItColder() {
        TrendsViewModel model = coldThenWarmShown();

        run(RELEASE, 3, 60, 20, 80);
        model.refresh();

        RunCacheDetail detail = model.detailProperty().get();
        assertEquals(3, detail.run().runId());
        assertTrue(detail.comparisonText().startsWith("Colder than run 2: -70.0 points"), detail.comparisonText());
        assertEquals(Heat.COLD, Heat.of(detail.summary().hitRate()));
    }

    @Test
    void anotherWorkflowCanBeChosenAndSplittingByOsGivesASeriesPerOs() {
        run(RELEASE, 1, 0, 0, 100);
        run(CI, 5, 10, 50, 50);
        TrendsViewModel model = model();
        model.showRepository(REPO);
        assertEquals(List.of(CI, RELEASE), model.workflows(), "the one run last first");

        model.workflowProperty().set(RELEASE);
        assertEquals(List.of(1L), model.chartProperty().get().runs().stream().map(TrendChart.Run::runId).toList());

        model.byRunnerOsProperty().set(true);
        assertEquals(List.of("Linux", "macOS"), model.chartProperty().get().hitRates().stream()
                .map(TrendChart.Series::name).toList());
        assertEquals(RELEASE, model.workflowProperty().get(), "the choice stays");
    }

    @Test
    void runsWithoutSccacheFiguresChartTheirDurationsAndSayWhyThereIsNoRate() {
        RunRecord run = new RunRecord(REPO, RELEASE, 7, 1, "main", "sha", "push", "completed", "success", T0, T0,
                T0, null);
        store.saveRun(run, List.of(new JobRecord(7, 1, 700, "test", null, "completed", "success", T0,
                T0.plusSeconds(120), "Linux")), List.of());
        TrendsViewModel model = model();

        model.showRepository(REPO);

        assertTrue(model.chartProperty().get().hitRates().isEmpty());
        assertEquals(2.0, model.chartProperty().get().durations().get(0).samples().get(0).y());
        assertTrue(model.hitRateNoteProperty().get().startsWith("No sccache figures in these runs yet"));
        assertEquals("0 of 1 job that ran has sccache figures", model.detailProperty().get().figures());
    }

    @Test
    void theHistoryIsReadInTheBackgroundAndABurstOfRefreshesCostsTwoReads() {
        run(RELEASE, 1, 0, 0, 100);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        TrendsViewModel model = new TrendsViewModel(executor, history);

        model.showRepository(REPO);
        model.refresh();
        model.refresh();
        model.refresh();

        assertEquals(1, executor.queued());
        assertEquals(0, opened.get());
        assertTrue(model.chartProperty().get().isEmpty());
        assertTrue(model.loadingProperty().get());
        executor.runAll();
        assertEquals(2, opened.get(), "the first read, and one more for the refreshes asked during it");
        assertEquals(1, model.chartProperty().get().runs().size());
        assertTrue(!model.loadingProperty().get());
    }

    @Test
    void anAnswerForARepositoryNoLongerShownIsDropped() {
        run(RELEASE, 1, 0, 0, 100);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        TrendsViewModel model = new TrendsViewModel(executor, history);

        model.showRepository(REPO);
        model.showRepository(null);
        executor.runAll();

        assertTrue(model.chartProperty().get().isEmpty());
        assertEquals(TrendsViewModel.NOT_CONNECTED, model.emptyMessageProperty().get());
    }

    @Test
    void aHistoryThatCannotBeReadSaysSoInOneLine() {
        TrendsViewModel model = new TrendsViewModel(new DirectTaskExecutor(), () -> {
            throw new HistoryException("Could not read the history database /x/history.db: disk I/O error.", null);
        });

        model.showRepository(REPO);

        assertEquals("Could not read the history database /x/history.db: disk I/O error.",
                model.errorProperty().get());
    }
}
