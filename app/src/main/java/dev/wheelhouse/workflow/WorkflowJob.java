package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.expr.ExpressionTemplate;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One job as written. Text fields hold the YAML text (null when absent): {@code name} may hold
 * {@code ${{ }}}, {@code ifCondition} is the {@code if:} text, {@code runsOn} the label or the
 * raw YAML of a list or group, {@code uses} the called workflow for reusable-workflow jobs.
 */
public record WorkflowJob(String id, String name, List<String> needs, String ifCondition, String runsOn,
                          String uses, Map<String, String> env, List<WorkflowStep> steps,
                          Optional<JobStrategy> strategy, YamlNode keyNode, YamlMapping node) {

    public WorkflowJob {
        needs = List.copyOf(needs);
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        steps = List.copyOf(steps);
    }

    public Optional<MatrixSpec> matrix() {
        return strategy.flatMap(JobStrategy::matrix);
    }

    /** The job calls a reusable workflow ({@code uses:} at job level). */
    public boolean callsReusableWorkflow() {
        return uses != null;
    }

    /** The name has {@code ${{ }}} and is evaluated per matrix combination. */
    public boolean nameIsExpression() {
        return ExpressionTemplate.hasExpression(name);
    }

    /**
     * The base GitHub puts before the {@code (v1, v2)} suffix: the literal name, or the job id
     * when there is no name (or the name is an expression).
     */
    public String defaultNameBase() {
        return name == null || name.isEmpty() || nameIsExpression() ? id : name;
    }
}
