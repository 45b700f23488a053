package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.github.model.CommitAuthor;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.SimpleUser;
import dev.wheelhouse.github.model.Workflow;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.sandbox.sim.CacheLedger;
import dev.wheelhouse.sandbox.sim.JobLogWriter;
import dev.wheelhouse.sandbox.sim.ScheduledJob;
import dev.wheelhouse.sandbox.sim.ScheduledStep;
import dev.wheelhouse.sandbox.state.Actor;
import dev.wheelhouse.sandbox.state.GitRepository;
import dev.wheelhouse.sandbox.state.SimulatedRun;
import dev.wheelhouse.sandbox.state.WorkflowFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Workflows, runs, jobs, annotations and caches as GitHub shapes them, read at a moment. */
final class ActionsPayloads {

    private ActionsPayloads() {
    }

    static Workflow workflow(Urls u, GitRepository repo, WorkflowFile w, Instant createdAt, Instant updatedAt) {
        return new Workflow(w.id(), NodeIds.of("W", repo.id(), w.id()), w.name(), w.path(), "active", createdAt,
                updatedAt, u.repoApi() + "/actions/workflows/" + w.id(),
                u.repoWeb() + "/blob/" + repo.defaultBranch() + "/" + w.path(),
                u.repoWeb() + "/workflows/" + w.fileName().replaceFirst("\\.ya?ml$", "") + "/badge.svg");
    }

    static WorkflowRun run(Urls u, GitRepository repo, SimulatedRun run, SimulatedRun.Attempt attempt, Instant now) {
        return run(u, repo, run, attempt, now, attempt.schedule().statusAt(now));
    }

    /** The run with its status as given: {@code waiting} while its jobs wait at an environment. */
    static WorkflowRun run(Urls u, GitRepository repo, SimulatedRun run, SimulatedRun.Attempt attempt, Instant now,
                           String status) {
        String api = u.repoApi() + "/actions/runs/" + run.id();
        String checkSuite = u.repoApi() + "/check-suites/" + run.checkSuiteId();
        GitRepository.Commit head = run.headCommit();
        CommitAuthor author = new CommitAuthor(head.author().name(), head.author().email());
        Instant updated = attempt.schedule().lastChangeBy(now);
        if (attempt.cancelled() && attempt.cancelledAt().isAfter(updated) && !attempt.cancelledAt().isAfter(now)) {
            updated = attempt.cancelledAt();
        }
        return new WorkflowRun(run.id(), run.plan().workflowName(), NodeIds.of("WFR", repo.id(), run.id()),
                run.headBranch(), head.sha(), run.workflow().path(), run.plan().workflowName(), run.runNumber(),
                run.event(), status, attempt.schedule().conclusionAt(now, attempt.cancelled()),
                run.workflow().id(), run.checkSuiteId(), NodeIds.of("CS", repo.id(), run.checkSuiteId()), api,
                u.repoWeb() + "/actions/runs/" + run.id(), List.of(), run.createdAt(), updated,
                user(u, run.actor()), attempt.number(), List.of(), attempt.startedAt(),
                user(u, attempt.triggeredBy()), api + "/jobs", api + "/logs", checkSuite, api + "/artifacts",
                api + "/cancel", api + "/rerun",
                attempt.number() > 1 ? api + "/attempts/" + (attempt.number() - 1) : null,
                u.repoApi() + "/actions/workflows/" + run.workflow().id(),
                new WorkflowRun.HeadCommit(head.sha(), head.treeSha(), head.message(), head.time(), author, author),
                RepositoryPayloads.minimalRepository(u, repo), RepositoryPayloads.minimalRepository(u, repo));
    }

    static Job job(Urls u, GitRepository repo, SimulatedRun run, ScheduledJob job, Instant now) {
        return job(u, repo, run, job, now, job.statusAt(now));
    }

    /** The job with its status as given: {@code waiting} while it waits at an environment. */
    static Job job(Urls u, GitRepository repo, SimulatedRun run, ScheduledJob job, Instant now, String status) {
        boolean started = job.startedAt() != null && !job.startedAt().isAfter(now);
        boolean completed = job.completedBy(now);
        List<Job.Step> steps = new ArrayList<>();
        if (started) {
            for (ScheduledStep step : job.steps()) {
                steps.add(step(step, now));
            }
        }
        boolean hasRunner = started && job.ranOnARunner();
        return new Job(job.id(), run.id(), run.plan().workflowName(), run.headBranch(),
                u.repoApi() + "/actions/runs/" + run.id(), job.runAttempt(), NodeIds.of("CR", repo.id(), job.id()),
                run.headSha(), u.repoApi() + "/actions/jobs/" + job.id(),
                u.repoWeb() + "/actions/runs/" + run.id() + "/job/" + job.id(), status,
                completed ? job.conclusion() : null, job.createdAt(), started ? job.startedAt() : job.createdAt(),
                completed ? job.completedAt() : null, job.name(), steps, u.repoApi() + "/check-runs/" + job.id(),
                job.plan().runsOn(), hasRunner ? job.runnerId() : null, hasRunner ? job.runnerName() : null,
                hasRunner ? 0L : null, hasRunner ? "GitHub Actions" : null);
    }

    private static SimpleUser user(Urls u, Actor actor) {
        return RepositoryPayloads.simpleUser(u, actor.login(), actor.id(), "User");
    }

    private static Job.Step step(ScheduledStep step, Instant now) {
        if (step.startedAt().isAfter(now)) {
            return new Job.Step(step.name(), "queued", null, step.number(), null, null);
        }
        if (step.completedAt().isAfter(now)) {
            return new Job.Step(step.name(), "in_progress", null, step.number(), step.startedAt(), null);
        }
        return new Job.Step(step.name(), "completed", step.conclusion(), step.number(), step.startedAt(),
                step.completedAt());
    }

    /**
     * The check run's annotations once the job has completed. Workflow commands without a file
     * are annotated on {@code .github} line 1, as GitHub does.
     */
    static List<CheckRunAnnotation> annotations(Urls u, SimulatedRun run, ScheduledJob job, Instant now) {
        if (!job.completedBy(now)) {
            return List.of();
        }
        String blob = u.repoWeb() + "/blob/" + run.headSha() + "/";
        return JobLogWriter.annotations(job).stream()
                .map(a -> {
                    String path = a.path() == null ? ".github" : a.path();
                    return new CheckRunAnnotation(path, blob + path, a.line(), null, a.line(), null, a.level(), a.title(),
                            a.message(), null);
                })
                .toList();
    }

    static ActionsCache cache(CacheLedger.Entry e) {
        return new ActionsCache(e.id(), e.ref(), e.key(), e.version(), e.lastAccessedAt(), e.createdAt(), e.sizeInBytes());
    }
}
