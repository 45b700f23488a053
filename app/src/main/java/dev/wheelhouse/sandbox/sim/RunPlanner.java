package dev.wheelhouse.sandbox.sim;

import dev.wheelhouse.cibw.RunnerPlatform;
import dev.wheelhouse.workflow.JobNameRenderer;
import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.MatrixExpander;
import dev.wheelhouse.workflow.MatrixExpansion;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.WorkflowStep;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a run from a workflow file as GitHub would for one event at one ref: every job, each
 * matrix expanded by the workflow package with GitHub's display names, {@code runs-on} and step
 * names evaluated per matrix cell, and every {@code if:} reduced to a {@link Condition} with the
 * event, ref, inputs and matrix known.
 */
public final class RunPlanner {

    /**
     * What the run is for.
     *
     * @param event  {@code workflow_dispatch}, {@code push}, …
     * @param ref    the full ref, {@code refs/heads/…} or {@code refs/tags/…}
     * @param inputs the dispatch inputs as the {@code inputs} context types them
     */
    public record Trigger(String event, String ref, String sha, String repository, String actor,
                          Map<String, Object> inputs) {
        public Trigger {
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        }
    }

    private RunPlanner() {
    }

    public static RunPlan plan(WorkflowDocument workflow, String path, Trigger trigger) {
        ExpressionContext context = context(trigger);
        List<PlannedJob> jobs = new ArrayList<>();
        for (WorkflowJob job : workflow.jobs()) {
            MatrixExpansion expansion = job.matrix().map(m -> MatrixExpander.expand(m, context))
                    .filter(e -> !e.dynamic() && !e.hasErrors() && !e.jobs().isEmpty())
                    .orElse(MatrixExpansion.withoutMatrix());
            List<String> names = JobNameRenderer.names(job, expansion, context);
            for (int i = 0; i < expansion.jobs().size(); i++) {
                MatrixCombination cell = expansion.jobs().get(i);
                boolean hasMatrix = cell.origin() != MatrixCombination.Origin.NO_MATRIX;
                ExpressionContext cellContext = context.with("matrix", hasMatrix ? cell.values() : null);
                List<String> runsOn = runsOn(job.runsOn(), cellContext);
                ExpressionContext withRunner = RunnerPlatform.forLabels(runsOn).runnerContext()
                        .map(runner -> cellContext.with("runner", runner)).orElse(cellContext);
                List<PlannedStep> steps = job.steps().stream().map(s -> step(s, withRunner)).toList();
                String name = i < names.size() ? names.get(i) : job.defaultNameBase();
                jobs.add(new PlannedJob(job.id(), name, job.needs(), Conditions.of(job.ifCondition(), cellContext),
                        runsOn, hasMatrix ? strings(cell.values()) : Map.of(), steps));
            }
        }
        return new RunPlan(workflow.name().orElse(path), path, jobs);
    }

    /** The contexts GitHub gives a run of this trigger, as far as the sandbox knows them. */
    public static ExpressionContext context(Trigger t) {
        Map<String, Object> github = new LinkedHashMap<>();
        boolean tag = t.ref().startsWith("refs/tags/");
        String refName = t.ref().replaceFirst("^refs/(heads|tags)/", "");
        github.put("event_name", t.event());
        github.put("ref", t.ref());
        github.put("ref_name", refName);
        github.put("ref_type", tag ? "tag" : "branch");
        github.put("sha", t.sha());
        github.put("repository", t.repository());
        github.put("repository_owner", t.repository().substring(0, t.repository().indexOf('/')));
        github.put("actor", t.actor());
        github.put("triggering_actor", t.actor());
        github.put("base_ref", "");
        github.put("head_ref", "");
        Map<String, Object> eventInputs = new LinkedHashMap<>();
        t.inputs().forEach((k, v) -> eventInputs.put(k, ExpressionValues.toStringValue(v)));
        github.put("event", Map.of("inputs", eventInputs, "ref", t.ref()));
        return ExpressionContext.empty().with("github", github).with("inputs", t.inputs());
    }

    private static PlannedStep step(WorkflowStep step, ExpressionContext context) {
        String name = step.name() != null ? evaluated(step.name(), context)
                : step.uses() != null ? "Run " + step.uses()
                : "Run " + firstLine(step.run());
        return new PlannedStep(name, step.uses(), step.run(), Conditions.of(step.ifCondition(), context),
                StepKind.of(step.uses(), step.run()));
    }

    /** {@code runs-on} as labels: one label, an expression, a flow list or a block list. */
    static List<String> runsOn(String raw, ExpressionContext context) {
        if (raw == null || raw.isBlank()) {
            return List.of("ubuntu-latest");
        }
        String text = raw.strip();
        if (ExpressionTemplate.hasExpression(text)) {
            try {
                Object value = ExpressionTemplate.parse(text).evaluate(new ExpressionEvaluator(context));
                if (value instanceof List<?> list) {
                    return list.stream().map(ExpressionValues::toStringValue).toList();
                }
                if (value != Unknown.VALUE && value != null) {
                    return runsOn(ExpressionValues.toStringValue(value), context);
                }
            } catch (ExpressionSyntaxException | RuntimeException e) {
                return List.of("ubuntu-latest");
            }
            return List.of("ubuntu-latest");
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            return splitLabels(text.substring(1, text.length() - 1).split(","));
        }
        if (text.startsWith("-")) {
            return splitLabels(text.split("\n"));
        }
        return List.of(text);
    }

    private static List<String> splitLabels(String[] parts) {
        List<String> labels = new ArrayList<>();
        for (String part : parts) {
            String label = part.strip().replaceFirst("^-\\s*", "").replaceAll("^['\"]|['\"]$", "");
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        return labels.isEmpty() ? List.of("ubuntu-latest") : List.copyOf(labels);
    }

    private static String evaluated(String text, ExpressionContext context) {
        if (!ExpressionTemplate.hasExpression(text)) {
            return text;
        }
        try {
            Object value = ExpressionTemplate.parse(text).evaluate(new ExpressionEvaluator(context));
            return value == Unknown.VALUE ? text : ExpressionValues.toStringValue(value);
        } catch (ExpressionSyntaxException | RuntimeException e) {
            return text;
        }
    }

    private static String firstLine(String run) {
        if (run == null) {
            return "";
        }
        String stripped = run.strip();
        int nl = stripped.indexOf('\n');
        return nl < 0 ? stripped : stripped.substring(0, nl);
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> || v instanceof List<?>
                ? dev.wheelhouse.workflow.expr.JsonData.toJson(v) : ExpressionValues.toStringValue(v)));
        return out;
    }
}
