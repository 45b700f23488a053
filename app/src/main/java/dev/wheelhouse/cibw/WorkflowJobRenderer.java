package dev.wheelhouse.cibw;

import dev.wheelhouse.workflow.MatrixCombination;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import dev.wheelhouse.workflow.expr.ExpressionEvaluator;
import dev.wheelhouse.workflow.expr.ExpressionFailure;
import dev.wheelhouse.workflow.expr.ExpressionSyntaxException;
import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.expr.Unknown;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a job's {@code runs-on}, {@code env} and steps for one matrix combination, with the
 * contexts GitHub makes available at each place
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#context-availability):
 * workflow {@code env} sees {@code github} and {@code inputs}; job {@code env} and {@code runs-on}
 * add {@code matrix} and {@code strategy}; a step's {@code env}, {@code with} and {@code run} add
 * {@code env} and {@code runner}. The event is assumed to be a push to a branch, as the matrix
 * expansion assumes. A value that cannot be evaluated keeps its {@code ${{ }}} text, which the
 * planner reports as unknown.
 */
final class WorkflowJobRenderer {

    private final WorkflowDocument document;

    WorkflowJobRenderer(WorkflowDocument document) {
        this.document = document;
    }

    RenderedJob render(WorkflowJob job, MatrixCombination combination, int index, int total, String displayName) {
        ExpressionContext workflowContext = ExpressionContext.pushToBranch();
        ExpressionContext jobContext = workflowContext
                .with("matrix", combination.values())
                .with("strategy", Map.of("job-index", (double) index, "job-total", (double) total));

        Map<String, String> workflowEnv = mapping(document.root().get("env"), workflowContext);
        Map<String, String> jobEnv = mapping(job.node().get("env"), jobContext);
        Map<String, String> env = new LinkedHashMap<>(workflowEnv);
        env.putAll(jobEnv);
        List<String> runsOn = runsOn(job.node().get("runs-on"), jobContext);

        ExpressionContext stepContext = jobContext.with("env", Map.copyOf(env));
        Optional<Map<String, String>> runner = RunnerPlatform.forLabels(runsOn).runnerContext();
        if (runner.isPresent()) {
            stepContext = stepContext.with("runner", runner.get());
        }
        List<RenderedStep> steps = new ArrayList<>();
        Optional<YamlNode> stepNodes = job.node().get("steps");
        if (stepNodes.isPresent() && stepNodes.get().resolved() instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item.resolved() instanceof YamlMapping step) {
                    steps.add(step(steps.size(), step, stepContext, env));
                }
            }
        }
        return new RenderedJob(job.id(), displayName, runsOn, workflowEnv, jobEnv, steps);
    }

    private RenderedStep step(int index, YamlMapping step, ExpressionContext context, Map<String, String> jobEnv) {
        Map<String, String> stepEnv = mapping(step.get("env"), context);
        Map<String, String> visible = new LinkedHashMap<>(jobEnv);
        visible.putAll(stepEnv);
        ExpressionContext withEnv = context.with("env", Map.copyOf(visible));
        Optional<YamlNode> uses = step.get("uses");
        return new RenderedStep(index,
                step.get("name").map(n -> text(n, withEnv)),
                uses.flatMap(YamlNode::scalarText),
                uses.flatMap(this::lineComment),
                step.get("run").map(n -> text(n, withEnv)),
                mapping(step.get("with"), withEnv),
                stepEnv,
                step.get("if").map(n -> YamlData.sourceOf(n, document.source())));
    }

    /** The labels of {@code runs-on}: a label, a list, an expression giving either, or a runner group's labels. */
    private List<String> runsOn(Optional<YamlNode> node, ExpressionContext context) {
        if (node.isEmpty()) {
            return List.of("(no runs-on)");
        }
        YamlNode value = node.get().resolved();
        if (value instanceof YamlScalar scalar) {
            Object evaluated = evaluate(scalar, context);
            if (evaluated instanceof List<?> list) {
                return list.stream().map(ExpressionValues::toStringValue).toList();
            }
            if (evaluated instanceof Map<?, ?> group) {
                return groupLabels(group);
            }
            return List.of(evaluated == Unknown.VALUE ? scalar.value() : ExpressionValues.toStringValue(evaluated));
        }
        if (value instanceof YamlSequence sequence) {
            return sequence.items().stream().map(item -> text(item, context)).toList();
        }
        if (value instanceof YamlMapping group) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (YamlEntry entry : group.entries()) {
                data.put(YamlData.keyString(entry.key()), entry.value().resolved() instanceof YamlSequence s
                        ? s.items().stream().map(i -> text(i, context)).toList() : text(entry.value(), context));
            }
            return groupLabels(data);
        }
        return List.of(YamlData.sourceOf(value, document.source()));
    }

    private static List<String> groupLabels(Map<?, ?> group) {
        Object labels = ExpressionValues.property(group, "labels");
        if (labels instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(ExpressionValues::toStringValue).toList();
        }
        if (labels != null) {
            return List.of(ExpressionValues.toStringValue(labels));
        }
        // A runner group with no labels: any runner of the group, whose machine no label tells.
        return List.of("group " + ExpressionValues.toStringValue(ExpressionValues.property(group, "group")));
    }

    private Map<String, String> mapping(Optional<YamlNode> node, ExpressionContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node.isPresent() && node.get().resolved() instanceof YamlMapping mapping) {
            for (YamlEntry entry : mapping.entries()) {
                values.put(YamlData.keyString(entry.key()), text(entry.value(), context));
            }
        }
        return values;
    }

    /** A value as the step sees it: evaluated to a string, or its source text when that is not possible. */
    private String text(YamlNode node, ExpressionContext context) {
        YamlNode value = node.resolved();
        if (!(value instanceof YamlScalar scalar)) {
            return YamlData.sourceOf(value, document.source());
        }
        Object evaluated = evaluate(scalar, context);
        if (evaluated == Unknown.VALUE) {
            return scalar.value();
        }
        return evaluated == null ? "" : ExpressionValues.toStringValue(evaluated);
    }

    private static Object evaluate(YamlScalar scalar, ExpressionContext context) {
        if (!scalar.isString() || !ExpressionTemplate.hasExpression(scalar.value())) {
            return scalar.typed();
        }
        try {
            return ExpressionTemplate.parse(scalar.value()).evaluate(new ExpressionEvaluator(context));
        } catch (ExpressionSyntaxException | ExpressionFailure e) {
            return Unknown.VALUE;
        }
    }

    /** The comment after a node on its line: where Dependabot writes {@code # v4.2.0} after a pinned SHA. */
    private Optional<String> lineComment(YamlNode node) {
        String text = document.text();
        int end = node.contentEnd();
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).trim();
        return rest.startsWith("#") ? Optional.of(rest.substring(1).trim()) : Optional.empty();
    }
}
