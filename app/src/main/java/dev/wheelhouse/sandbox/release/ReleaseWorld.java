package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.ProjectMetadata;
import dev.wheelhouse.sandbox.sim.DeploymentGate;
import dev.wheelhouse.sandbox.sim.PlannedJob;
import dev.wheelhouse.sandbox.state.SimulatedRun;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The release side of the sandbox: artifacts, protected environments, release faults. */
public final class ReleaseWorld implements AutoCloseable {

    private final ArtifactStore artifacts;
    private final List<ProtectedEnvironment> environments;
    private final List<ReleaseFaultRule> faults;

    public ReleaseWorld(ArtifactStore artifacts, List<ProtectedEnvironment> environments, List<ReleaseFaultRule> faults) {
        this.artifacts = artifacts;
        this.environments = List.copyOf(environments);
        this.faults = List.copyOf(faults);
    }

    public ArtifactStore artifacts() {
        return artifacts;
    }

    public Optional<ProtectedEnvironment> environment(long id) {
        return environments.stream().filter(e -> e.environment().id() == id).findFirst();
    }

    public Optional<ProtectedEnvironment> environment(String name) {
        return environments.stream().filter(e -> e.environment().name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether the project files of the repository carry another version than the release tag (the fault). */
    public boolean versionMismatch() {
        return faults.stream().anyMatch(f -> f.fault() == ReleaseFault.VERSION_MISMATCH);
    }

    /** The gate each planned job of a run of {@code document} meets: that of the environment it names, if protected. */
    public Function<PlannedJob, Optional<DeploymentGate>> gates(WorkflowDocument document, ExpressionContext context) {
        return job -> document.jobs().stream().filter(j -> j.id().equals(job.jobId())).findFirst()
                .flatMap(j -> environmentName(j, context.with("matrix", Map.copyOf(job.matrix()))))
                .flatMap(this::environment).map(ProtectedEnvironment::gate);
    }

    /** Plans what the run's jobs write and upload, from the project's files at the run's commit. */
    public void record(SimulatedRun run, WorkflowDocument document, ExpressionContext context, ProjectFiles files,
                       Map<String, byte[]> sdistFiles) {
        Optional<ProjectMetadata> project = ProjectMetadata.read(files).filter(p -> p.version().isPresent());
        if (project.isEmpty()) {
            return;
        }
        artifacts.register(new RunRelease(run.id(), new ReleasePlanner(files, faults).plan(document, context),
                project.get().name(), project.get().version().orElseThrow(), sdistFiles));
    }

    @Override
    public void close() {
        artifacts.close();
    }

    /** {@code environment: NAME} or {@code environment: {name: NAME, url: …}}, evaluated for the job's cell. */
    static Optional<String> environmentName(WorkflowJob job, ExpressionContext context) {
        Optional<YamlNode> node = job.node().get("environment").map(YamlNode::resolved);
        Optional<String> text = node.flatMap(n -> n instanceof YamlMapping m ? m.get("name").flatMap(YamlNode::scalarText)
                : n.scalarText());
        return text.map(t -> evaluate(t, context)).filter(s -> !s.isBlank());
    }

    private static String evaluate(String text, ExpressionContext context) {
        if (!ExpressionTemplate.hasExpression(text)) {
            return text;
        }
        try {
            Object value = ExpressionTemplate.parse(text).evaluate(new ExpressionEvaluator(context));
            return value == Unknown.VALUE || value == null ? "" : ExpressionValues.toStringValue(value);
        } catch (RuntimeException | dev.wheelhouse.workflow.expr.ExpressionSyntaxException e) {
            return "";
        }
    }
}
