package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ArtifactDownload;
import dev.wheelhouse.cibw.ArtifactUpload;
import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.BuildStepPlan;
import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.ProjectMetadata;
import dev.wheelhouse.cibw.RenderedJob;
import dev.wheelhouse.cibw.RenderedJobs;
import dev.wheelhouse.cibw.RenderedStep;
import dev.wheelhouse.cibw.SdistBuild;
import dev.wheelhouse.cibw.WheelExpectation;
import dev.wheelhouse.cibw.WheelOutput;
import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.cibw.WheelPlanner;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.workflow.DispatchInput;
import dev.wheelhouse.workflow.JobNameRenderer;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what a run was meant to produce from its workflow file at the run's commit: each job of the run matched
 * to its matrix cell by the display name GitHub rendered, that cell's wheel plan (cibuildwheel identifiers and the
 * tags they give), the sdist where a step builds one, the artifacts its upload steps make (with what their paths
 * take), the job that publishes, and the version the tag names.
 */
final class ExpectedPlanner {

    private ExpectedPlanner() {
    }

    static ExpectedRelease plan(WorkflowDocument document, ReleaseRun run, String repository, ProjectFiles files,
                                List<Job> jobs) {
        ExpressionContext context = context(document, run, repository);
        Optional<ProjectMetadata> project = ProjectMetadata.read(files);
        Optional<String> projectVersion = project.flatMap(ProjectMetadata::version);
        Optional<String> version = run.tag().flatMap(TagVersion::of).or(() -> projectVersion);
        Map<String, Deque<Job>> byName = new HashMap<>();
        jobs.stream().sorted(java.util.Comparator.comparingLong(Job::id))
                .forEach(j -> byName.computeIfAbsent(j.name(), k -> new ArrayDeque<>()).add(j));
        WheelPlanner planner = new WheelPlanner(files);
        List<ExpectedCell> cells = new ArrayList<>();
        Optional<PublishStep> publish = Optional.empty();
        for (WorkflowJob job : document.jobs()) {
            MatrixExpansion expansion = job.matrix().map(m -> MatrixExpander.expand(m, context))
                    .filter(e -> !e.dynamic() && !e.hasErrors() && !e.jobs().isEmpty())
                    .orElse(MatrixExpansion.withoutMatrix());
            List<String> names = JobNameRenderer.names(job, expansion, context);
            int total = expansion.jobs().size();
            for (int i = 0; i < total; i++) {
                String name = i < names.size() ? names.get(i) : job.defaultNameBase();
                MatrixCombination combination = expansion.jobs().get(i);
                Job runJob = take(byName, name);
                RenderedJob rendered = RenderedJobs.render(document, job, combination, i, total, name);
                ExpressionContext cell = context.with("matrix", combination.values());
                Optional<PublishStep> publishing = publishStep(job, rendered, cell, runJob);
                if (publishing.isPresent() && publish.isEmpty()) {
                    publish = publishing;
                }
                if (runJob == null || "skipped".equals(runJob.conclusion())) {
                    continue;
                }
                cell(rendered, planner.plan(rendered), cell, runJob, matrix(combination)).ifPresent(cells::add);
            }
        }
        return new ExpectedRelease(project.map(ProjectMetadata::name).orElse(""), version, projectVersion, cells, publish);
    }

    private static Optional<ExpectedCell> cell(RenderedJob job, WheelPlan plan, ExpressionContext context, Job runJob,
                                               Map<String, String> matrix) {
        List<WheelExpectation> wheels = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<ExpectedUpload> uploads = new ArrayList<>();
        Optional<String> unknown = Optional.empty();
        boolean sdist = false;
        for (RenderedStep step : job.steps()) {
            if (step.condition().isPresent() && !StepConditions.holds(step.condition().get(), context)) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>(job.env());
            env.putAll(step.env());
            Optional<BuildStepPlan> build = plan.steps().stream().filter(s -> s.stepIndex() == step.index()).findFirst();
            if (build.isPresent()) {
                if (build.get().determination() == BuildStepPlan.Determination.KNOWN) {
                    String dir = WheelOutput.directory(step, env).orElse("wheelhouse");
                    for (BuildIdentifier id : build.get().identifiers()) {
                        WheelExpectation.of(id).ifPresent(e -> {
                            wheels.add(e);
                            written.add(dir + "/" + id + ".whl");
                        });
                    }
                } else if (build.get().determination() != BuildStepPlan.Determination.FAILS) {
                    unknown = Optional.of(build.get().reason());
                }
            }
            Optional<SdistBuild> sdistBuild = SdistBuild.of(step);
            if (sdistBuild.isPresent()) {
                sdist = true;
                written.add(sdistBuild.get().outputDir() + "/sdist.tar.gz");
            }
            Optional<ArtifactUpload> upload = ArtifactUpload.of(step);
            if (upload.isPresent()) {
                List<String> taken = List.copyOf(upload.get().select(written).values());
                uploads.add(new ExpectedUpload(upload.get().name(), taken.stream().anyMatch(p -> p.endsWith(".tar.gz"))));
            }
        }
        if (wheels.isEmpty() && !sdist && uploads.isEmpty() && unknown.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> conclusion = Optional.ofNullable(runJob.conclusion());
        return Optional.of(new ExpectedCell(job.name(), matrix, runJob.id(), conclusion, wheels, sdist, uploads, unknown));
    }

    /** A job that downloads artifacts and publishes them (PyPI's action, twine, uv publish). */
    private static Optional<PublishStep> publishStep(WorkflowJob job, RenderedJob rendered, ExpressionContext context,
                                                     Job runJob) {
        Optional<ArtifactDownload> download = Optional.empty();
        Optional<String> packagesDir = Optional.empty();
        for (RenderedStep step : rendered.steps()) {
            if (download.isEmpty()) {
                download = ArtifactDownload.of(step);
            }
            String uses = step.uses().orElse("").toLowerCase(Locale.ROOT);
            String script = step.run().orElse("");
            if (uses.startsWith("pypa/gh-action-pypi-publish@")) {
                packagesDir = Optional.of(Optional.ofNullable(step.with().get("packages-dir")).filter(s -> !s.isBlank())
                        .orElse("dist/"));
            } else if (script.contains("twine upload") || script.contains("uv publish")) {
                packagesDir = Optional.of("dist/");
            }
        }
        if (download.isEmpty() || packagesDir.isEmpty()) {
            return Optional.empty();
        }
        boolean runs = runJob != null ? !"skipped".equals(runJob.conclusion())
                : job.ifCondition() == null || StepConditions.holds(job.ifCondition(), context);
        return Optional.of(new PublishStep(rendered.name(), download.get(), packagesDir.get(), environment(job), runs));
    }

    private static Optional<String> environment(WorkflowJob job) {
        Optional<YamlNode> node = job.node().get("environment").map(YamlNode::resolved);
        return node.flatMap(n -> n instanceof YamlMapping m ? m.get("name").flatMap(YamlNode::scalarText)
                : n.scalarText());
    }

    /**
     * The contexts the run's expressions saw, as far as the run tells: event, ref (a tag's, for a run on a tag),
     * commit, repository; the dispatch inputs at their defaults (the run does not carry the values given).
     */
    static ExpressionContext context(WorkflowDocument document, ReleaseRun run, String repository) {
        Map<String, Object> github = new LinkedHashMap<>();
        boolean tag = run.tag().isPresent();
        github.put("event_name", run.event().isEmpty() ? "push" : run.event());
        github.put("ref", run.ref());
        github.put("ref_name", run.tag().orElse(run.headBranch()));
        github.put("ref_type", tag ? "tag" : "branch");
        github.put("sha", run.headSha());
        github.put("repository", repository);
        github.put("repository_owner", repository.contains("/") ? repository.substring(0, repository.indexOf('/')) : "");
        github.put("base_ref", "");
        github.put("head_ref", "");
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (DispatchInput input : document.dispatchInputs()) {
            if (input.defaultValue() != null) {
                inputs.put(input.name(), input.defaultValue());
            }
        }
        Map<String, Object> eventInputs = new LinkedHashMap<>();
        inputs.forEach((k, v) -> eventInputs.put(k, ExpressionValues.toStringValue(v)));
        github.put("event", Map.of("inputs", eventInputs, "ref", run.ref()));
        return ExpressionContext.empty().with("github", github).with("inputs", inputs);
    }

    private static Map<String, String> matrix(MatrixCombination combination) {
        Map<String, String> out = new LinkedHashMap<>();
        combination.values().forEach((k, v) -> out.put(k, ExpressionValues.toStringValue(v)));
        return out;
    }

    private static Job take(Map<String, Deque<Job>> byName, String name) {
        Deque<Job> queue = byName.get(name);
        return queue == null ? null : queue.poll();
    }
}
