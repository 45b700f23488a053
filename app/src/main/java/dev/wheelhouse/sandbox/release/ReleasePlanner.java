package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.ArtifactUpload;
import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.BuildStepPlan;
import dev.wheelhouse.cibw.BuiltWheelNames;
import dev.wheelhouse.cibw.CibuildwheelRelease;
import dev.wheelhouse.cibw.IdentifierCatalog;
import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.ProjectMetadata;
import dev.wheelhouse.cibw.RenderedJob;
import dev.wheelhouse.cibw.RenderedJobs;
import dev.wheelhouse.cibw.RenderedStep;
import dev.wheelhouse.cibw.SdistBuild;
import dev.wheelhouse.cibw.WheelOutput;
import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.cibw.WheelPlanner;
import dev.wheelhouse.workflow.JobNameRenderer;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out, for every job of a run, the wheels and sdists each step writes and what each
 * {@code upload-artifact} step takes: the wheels the job's wheel plan names, as cibuildwheel names them, in its
 * output directory; the sdist where a step builds one; the project's name and version from its files at the run's
 * commit. Faults change what a job writes.
 */
public final class ReleasePlanner {

    private final ProjectFiles files;
    private final List<ReleaseFaultRule> faults;

    public ReleasePlanner(ProjectFiles files, List<ReleaseFaultRule> faults) {
        this.files = files;
        this.faults = List.copyOf(faults);
    }

    /** The outputs of every job, by display name; empty when the project has no readable name and version. */
    public Map<String, JobOutputs> plan(WorkflowDocument document, ExpressionContext context) {
        Optional<ProjectMetadata> project = ProjectMetadata.read(files).filter(p -> p.version().isPresent());
        Map<String, JobOutputs> out = new LinkedHashMap<>();
        if (project.isEmpty()) {
            return out;
        }
        WheelPlanner planner = new WheelPlanner(files);
        for (WorkflowJob job : document.jobs()) {
            MatrixExpansion expansion = job.matrix().map(m -> MatrixExpander.expand(m, context))
                    .filter(e -> !e.dynamic() && !e.hasErrors() && !e.jobs().isEmpty())
                    .orElse(MatrixExpansion.withoutMatrix());
            List<String> names = JobNameRenderer.names(job, expansion, context);
            int total = expansion.jobs().size();
            for (int i = 0; i < total; i++) {
                String name = i < names.size() ? names.get(i) : job.defaultNameBase();
                RenderedJob rendered = RenderedJobs.render(document, job, expansion.jobs().get(i), i, total, name);
                out.put(name, outputs(rendered, planner.plan(rendered), project.get(),
                        ReleaseWorld.environmentName(job, context)));
            }
        }
        return out;
    }

    private JobOutputs outputs(RenderedJob job, WheelPlan plan, ProjectMetadata project, Optional<String> environment) {
        boolean misplaced = hit(job.name(), ReleaseFault.NO_FILES);
        boolean previousInterpreter = hit(job.name(), ReleaseFault.WRONG_INTERPRETER);
        boolean extraSdist = hit(job.name(), ReleaseFault.DUPLICATE_FILE);
        String version = project.version().orElseThrow();
        Map<Integer, List<OutputFile>> written = new LinkedHashMap<>();
        Map<Integer, ArtifactUpload> uploads = new LinkedHashMap<>();
        for (RenderedStep step : job.steps()) {
            Map<String, String> env = new LinkedHashMap<>(job.env());
            env.putAll(step.env());
            List<OutputFile> files = new ArrayList<>();
            Optional<String> wheelDir = WheelOutput.directory(step, env);
            Optional<BuildStepPlan> build = plan.steps().stream().filter(s -> s.stepIndex() == step.index())
                    .filter(s -> s.determination() == BuildStepPlan.Determination.KNOWN).findFirst();
            if (wheelDir.isPresent() && build.isPresent()) {
                // The fault: the build writes where the upload's path does not look.
                String dir = misplaced ? "build/" + wheelDir.get() : wheelDir.get();
                CibuildwheelRelease release = build.get().release().orElse(IdentifierCatalog.latestKnown());
                BuiltWheelNames names = BuiltWheelNames.of(this.files.read("pyproject.toml"), env, release);
                for (BuildIdentifier id : build.get().identifiers()) {
                    BuildIdentifier built = previousInterpreter ? previous(id) : id;
                    names.fileName(project.name(), version, built)
                            .ifPresent(n -> files.add(new OutputFile(dir, n.toString(), Optional.of(built))));
                }
                if (extraSdist) {
                    files.add(new OutputFile(dir, SdistBuild.fileName(project.name(), version), Optional.empty()));
                }
            }
            SdistBuild.of(step).ifPresent(sdist -> files.add(new OutputFile(misplaced ? "build/" + sdist.outputDir()
                    : sdist.outputDir(), SdistBuild.fileName(project.name(), version), Optional.empty())));
            if (!files.isEmpty()) {
                written.put(step.index(), files);
            }
            ArtifactUpload.of(step).ifPresent(u -> uploads.put(step.index(), u));
        }
        return new JobOutputs(job.name(), written, uploads, environment, hit(job.name(), ReleaseFault.EXPIRED));
    }

    /** The same wheel one interpreter version earlier: what a job that set up the wrong Python builds. */
    private static BuildIdentifier previous(BuildIdentifier id) {
        String tag = id.pythonTag().replaceFirst("^(cp|pp)(\\d)(\\d+)", "$1$2" + (id.pythonMinor() - 1));
        return BuildIdentifier.tryParse(tag + "-" + id.platformTag()).orElse(id);
    }

    private boolean hit(String jobName, ReleaseFault fault) {
        return faults.stream().anyMatch(r -> r.fault() == fault && r.hits(jobName));
    }
}
