package dev.wheelhouse.sandbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a completed job's log the way the runner stores it: set-up blocks, one
 * {@code ##[group]Run …} header per step, the step's output, post steps starting with
 * {@code Post job cleanup.}, and sccache-action's post step printing the stats as text, JSON
 * and the {@code ##[notice]} line (see samples/sccache/README.md, "From step output to a
 * downloaded job log"). Skipped steps leave nothing in the log, as on GitHub.
 */
public final class JobLogWriter {

    /** What a log names besides the job itself. */
    public record Context(String repository, String headSha, String ref) {
    }

    private JobLogWriter() {
    }

    public static byte[] write(ScheduledJob job, Context context) {
        LogLines log = new LogLines();
        for (ScheduledStep step : job.steps()) {
            if (step.ran()) {
                log.spread(step.startedAt(), step.completedAt(), lines(step, job, context));
            }
        }
        return log.bytes();
    }

    /** Each step that ran with its own part of the log, as the run-logs archive holds them. */
    public static List<Map.Entry<ScheduledStep, byte[]>> writeSteps(ScheduledJob job, Context context) {
        List<Map.Entry<ScheduledStep, byte[]>> out = new ArrayList<>();
        for (ScheduledStep step : job.steps()) {
            if (step.ran()) {
                LogLines log = new LogLines();
                log.spread(step.startedAt(), step.completedAt(), lines(step, job, context));
                out.add(Map.entry(step, log.bytes()));
            }
        }
        return out;
    }

    private static List<String> lines(ScheduledStep step, ScheduledJob job, Context context) {
        RunnerOs os = job.plan().os();
        List<String> lines;
        if (step.source() == null) {
            lines = step.name().equals("Set up job") ? setUpJob(job, os) : LogLines.of("Cleaning up orphan processes");
        } else if (step.post()) {
            lines = postStep(step, job, os);
        } else {
            lines = new ArrayList<>(header(step.source(), os));
            lines.addAll(StepOutput.of(step, job, context, os));
        }
        if (step.conclusion().equals("cancelled")) {
            lines.add("##[error]The operation was canceled.");
        }
        return lines;
    }

    private static List<String> setUpJob(ScheduledJob job, RunnerOs os) {
        List<String> lines = LogLines.of("Current runner version: '2.328.0'",
                "Runner name: '" + job.runnerName() + "'", "Machine name: 'runner'",
                "##[group]Operating System");
        lines.addAll(switch (os) {
            case MACOS -> List.of("macOS", "14.7.6", "23H626");
            case WINDOWS -> List.of("Microsoft Windows Server 2022", "10.0.20348", "Datacenter");
            default -> List.of("Ubuntu", "24.04.3", "LTS");
        });
        lines.add("##[endgroup]");
        lines.add("##[group]Runner Image");
        lines.add("Image: " + switch (os) {
            case MACOS -> "macos-14-arm64";
            case WINDOWS -> "windows-2022";
            case LINUX_ARM -> "ubuntu-24.04-arm";
            default -> "ubuntu-24.04";
        });
        lines.add("Version: 20250907.24.1");
        lines.add("##[endgroup]");
        lines.add("##[group]GITHUB_TOKEN Permissions");
        lines.add("Contents: read");
        lines.add("Metadata: read");
        lines.add("##[endgroup]");
        lines.add("Secret source: Actions");
        lines.add("Prepare workflow directory");
        lines.add("Prepare all required actions");
        lines.add("Getting action download info");
        job.plan().steps().stream().filter(s -> s.uses() != null).map(PlannedStep::uses).distinct()
                .forEach(uses -> lines.add("Download action repository '" + uses + "' (SHA:"
                        + String.format("%08x", uses.hashCode()) + "c6903cd8c0fde910a37f88322edcfb5d" + ")"));
        lines.add("Complete job name: " + job.name());
        return lines;
    }

    private static List<String> header(PlannedStep step, RunnerOs os) {
        List<String> lines = new ArrayList<>();
        if (step.uses() != null) {
            lines.add("##[group]Run " + step.uses());
            lines.add("##[endgroup]");
            return lines;
        }
        String[] script = step.run() == null ? new String[]{""} : step.run().strip().split("\n");
        lines.add("##[group]Run " + script[0]);
        for (String line : script) {
            lines.add(line);
        }
        lines.add(os == RunnerOs.WINDOWS ? "shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{0}'\""
                : "shell: /usr/bin/bash -e {0}");
        lines.add("##[endgroup]");
        return lines;
    }

    private static List<String> postStep(ScheduledStep step, ScheduledJob job, RunnerOs os) {
        List<String> lines = LogLines.of("Post job cleanup.");
        if (step.kind() != StepKind.SETUP_SCCACHE) {
            if (step.kind() == StepKind.CHECKOUT) {
                lines.add("[command]" + git(os) + " version");
                lines.add("git version 2.51.0");
            }
            return lines;
        }
        String sccache = sccachePath(os);
        lines.add("##[group]Get human-readable stats");
        lines.add("[command]" + sccache + " --show-stats");
        if (job.hostStats() == null) {
            lines.add("sccache: error: Server startup failed: Address in use");
            lines.add("##[endgroup]");
            lines.add("##[error]Error: The process '" + sccache + "' failed with exit code 2");
            lines.add("##[error]The process '" + sccache + "' failed with exit code 2");
            return lines;
        }
        lines.addAll(SccacheOutput.text(job.hostStats()));
        lines.add("##[endgroup]");
        lines.add("##[group]Get JSON stats");
        lines.add("[command]" + sccache + " --show-stats --stats-format=json");
        lines.add(SccacheOutput.json(job.hostStats(), os));
        lines.add("##[endgroup]");
        lines.add("##[notice]" + SccacheOutput.notice(job.hostStats()));
        lines.add("");
        lines.add("Full human-readable stats:");
        lines.addAll(SccacheOutput.text(job.hostStats()));
        return lines;
    }

    static String sccachePath(RunnerOs os) {
        return switch (os) {
            case MACOS -> "/Users/runner/hostedtoolcache/sccache/" + SccacheOutput.VERSION + "/arm64/sccache";
            case WINDOWS -> "C:\\hostedtoolcache\\windows\\sccache\\" + SccacheOutput.VERSION + "\\x64\\sccache.exe";
            case LINUX_ARM -> "/opt/hostedtoolcache/sccache/" + SccacheOutput.VERSION + "/arm64/sccache";
            default -> "/opt/hostedtoolcache/sccache/" + SccacheOutput.VERSION + "/x64/sccache";
        };
    }

    static String git(RunnerOs os) {
        return os == RunnerOs.WINDOWS ? "\"C:\\Program Files\\Git\\bin\\git.exe\"" : "/usr/bin/git";
    }

    /**
     * The annotations GitHub derives from the log's workflow commands: sccache-action's notice
     * (titled {@code sccache stats} before v0.0.10) and the errors of failed steps.
     */
    public static List<LogAnnotation> annotations(ScheduledJob job) {
        List<LogAnnotation> out = new ArrayList<>();
        CacheFault fault = job.fault();
        if (fault == CacheFault.RUNNER_LOST && job.conclusion().equals("failure")) {
            // The runner is gone: no step reports its exit, GitHub reports the runner.
            out.add(new LogAnnotation("failure", null, "The hosted runner: " + job.runnerName() + " lost communication "
                    + "with the server. Anything in your workflow that terminates the runner process, starves it for "
                    + "CPU/Memory, or blocks its network access can cause this error."));
            return out;
        }
        for (ScheduledStep step : job.steps()) {
            boolean faultHere = !step.post() && !step.conclusion().equals("success") && step.ran();
            if (faultHere && fault == CacheFault.COMPILE_ERROR && step.kind() == StepKind.BUILD_WHEELS) {
                // rustc's problem matcher: the error at its file and line.
                out.add(new LogAnnotation("failure", null, FaultOutput.COMPILE_MESSAGE, FaultOutput.SOURCE_FILE,
                        FaultOutput.SOURCE_LINE));
            }
            if (faultHere && fault == CacheFault.OUT_OF_DISK && step.kind() == StepKind.BUILD_WHEELS) {
                out.add(new LogAnnotation("warning", null, "You are running out of disk space. The runner will stop "
                        + "working when the machine runs out of disk space. Free space left: 0 MB"));
            }
            if (faultHere && fault == CacheFault.TIMEOUT && step.kind() == StepKind.BUILD_WHEELS) {
                out.add(new LogAnnotation("failure", null, "The job running on runner " + job.runnerName()
                        + " has exceeded the maximum execution time of " + CacheFault.DEFAULT_JOB_MINUTES + " minutes."));
            }
            if (faultHere && step.kind() == StepKind.UPLOAD_ARTIFACT) {
                // A JavaScript action reports its own error, not the shell's exit code.
                out.add(new LogAnnotation("failure", null, FaultOutput.UPLOAD_CONFLICT));
                continue;
            }
            if (step.post() && step.kind() == StepKind.SETUP_SCCACHE && step.ran()) {
                out.add(job.hostStats() == null
                        ? new LogAnnotation("failure", null,
                                "The process '" + sccachePath(job.plan().os()) + "' failed with exit code 2")
                        : new LogAnnotation("notice", "sccache stats", SccacheOutput.notice(job.hostStats())));
            }
            if (!step.post() && step.conclusion().equals("failure")) {
                out.add(new LogAnnotation("failure", null, "Process completed with exit code "
                        + (step.kind() == StepKind.SCCACHE_STATS ? 2 : 1) + "."));
            }
            if (step.conclusion().equals("cancelled")) {
                out.add(new LogAnnotation("failure", null, "The operation was canceled."));
            }
        }
        return out;
    }

    /**
     * One annotation a workflow command or a problem matcher in the log produced.
     *
     * @param path the project file it points at, null for none (GitHub puts those on {@code .github})
     * @param line its line in that file (1 without a file)
     */
    public record LogAnnotation(String level, String title, String message, String path, int line) {

        public LogAnnotation(String level, String title, String message) {
            this(level, title, message, null, 1);
        }
    }
}
