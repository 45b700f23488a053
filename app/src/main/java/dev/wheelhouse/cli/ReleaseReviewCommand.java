package dev.wheelhouse.cli;

import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.release.ReleaseSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code release approve|reject --repo R --run ID [--environment NAME] [--comment TEXT]}: reviews the deployments a
 * run waits for (what the GitHub CLI cannot do, cli/cli#5773). Without {@code --environment}, every environment the
 * run waits for.
 */
@Command(mixinStandardHelpOptions = true,
        description = {"Approve or reject the deployments a run waits for: approved, its waiting jobs run; "
                + "rejected, they fail."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the review was recorded",
                "1:the run waits for no such review, or GitHub refused it (e.g. you may not review)",
                "2:bad arguments, no token, or GitHub could not be reached"})
final class ReleaseReviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = "--environment", paramLabel = "NAME",
            description = "The environment to review (default: every one the run waits for).")
    private String environment;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "", description = "The review's comment.")
    private String comment;

    private final ClientSetup setup;
    private final boolean approve;

    ReleaseReviewCommand(ClientSetup setup, boolean approve) {
        this.setup = setup;
        this.approve = approve;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ReleaseSource source = run.open(setup).release();
            List<PendingDeployment> pending = source.pendingDeployments(run.runId);
            if (pending.isEmpty()) {
                return ErrorLine.print(spec, "Run " + run.runId + " waits for no deployment review.", 1);
            }
            List<PendingDeployment> chosen = environment == null ? pending : pending.stream()
                    .filter(p -> p.environment().name().equals(environment)).toList();
            if (chosen.isEmpty()) {
                return ErrorLine.print(spec, "Run " + run.runId + " does not wait for environment " + environment
                        + "; it waits for " + names(pending) + ".", 1);
            }
            String waiting = source.jobs(run.runId).stream().filter(j -> "waiting".equals(j.status()))
                    .map(j -> j.name()).collect(Collectors.joining(", "));
            source.review(run.runId, chosen.stream().map(p -> p.environment().id()).toList(), approve, comment);
            String jobs = waiting.isEmpty() ? "the jobs waiting for it" : waiting;
            out.println((approve ? "Approved " : "Rejected ") + names(chosen) + " for run " + run.runId + ": " + jobs
                    + (approve ? " will run." : " will fail."));
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            return ErrorLine.print(spec, e.getMessage(), e.exitCode());
        } catch (GitHubException.Refused e) {
            return ErrorLine.print(spec, e.userMessage(), 1);
        } catch (GitHubException e) {
            return ErrorLine.print(spec, e.userMessage(), e.kind() == GitHubException.Kind.NOT_FOUND ? 1 : 2);
        }
    }

    private static String names(List<PendingDeployment> pending) {
        return pending.stream().map(p -> p.environment().name()).collect(Collectors.joining(", "));
    }
}
