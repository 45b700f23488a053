package dev.wheelhouse.runs.stats;

import dev.wheelhouse.sccache.JobContext;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.WorkflowStep;

import java.util.List;
import java.util.Locale;

/**
 * What the workflow file says about a job's use of sccache, for deciding whether its figures
 * are worth asking for and for the diagnoses that depend on intent.
 */
public final class JobContexts {

    private JobContexts() {
    }

    /**
     * The job mentions sccache: {@code RUSTC_WRAPPER: sccache}, an {@code SCCACHE_*} variable,
     * sccache-action, or a command running it. A job that does not has no figures to read.
     */
    public static boolean usesSccache(WorkflowJob job) {
        if (job.env().entrySet().stream().anyMatch(e -> mentions(e.getKey()) || mentions(e.getValue()))) {
            return true;
        }
        for (WorkflowStep step : job.steps()) {
            if (mentions(step.uses()) || mentions(step.run())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param labels the run job's {@code runs-on} labels: cibuildwheel and maturin build Linux
     *               wheels inside a manylinux container
     */
    public static JobContext of(WorkflowJob job, List<String> labels) {
        boolean gha = job.env().entrySet().stream().anyMatch(e -> e.getKey().equals("SCCACHE_GHA_ENABLED")
                && e.getValue() != null && e.getValue().strip().replace("\"", "").equalsIgnoreCase("true"));
        boolean linux = labels.stream().map(l -> l.toLowerCase(Locale.ROOT))
                .anyMatch(l -> l.contains("ubuntu") || l.contains("linux"));
        boolean containerTool = job.steps().stream().anyMatch(s -> s.uses() != null
                && (s.uses().contains("cibuildwheel") || s.uses().contains("maturin-action")));
        return new JobContext(gha, linux && containerTool);
    }

    private static boolean mentions(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("sccache");
    }
}
