package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.YamlAlias;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlDocument;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;
import dev.wheelhouse.workflow.yaml.ScalarStyle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link WorkflowDocument} from positioned YAML. */
final class WorkflowReader {

    private final YamlDocument yaml;
    private final SourceText source;
    private final List<Problem> problems = new ArrayList<>();

    private WorkflowReader(YamlDocument yaml) {
        this.yaml = yaml;
        this.source = yaml.source();
    }

    static WorkflowDocument read(YamlDocument yaml) throws WorkflowParseException {
        return new WorkflowReader(yaml).read();
    }

    private WorkflowDocument read() throws WorkflowParseException {
        if (yaml.root().isEmpty() || !(yaml.root().get().resolved() instanceof YamlMapping root)) {
            int line = yaml.root().map(n -> n.span().line()).orElse(1);
            int column = yaml.root().map(n -> n.span().column()).orElse(1);
            throw new WorkflowParseException("A workflow must be a mapping of keys such as 'on' and 'jobs'.",
                    line, column);
        }
        findKeyProblems(root);
        String name = root.get("name").flatMap(YamlNode::scalarText).orElse(null);
        Optional<YamlNode> on = root.get("on");
        if (on.isEmpty()) {
            problems.add(Problem.error(root.span(), "Required property is missing: on"));
        }
        List<String> triggers = on.map(WorkflowReader::triggers).orElse(List.of());
        List<DispatchInput> inputs = on.map(WorkflowReader::dispatchInputs).orElse(List.of());
        List<WorkflowJob> jobs = new ArrayList<>();
        Optional<YamlNode> jobsNode = root.get("jobs");
        if (jobsNode.isEmpty()) {
            problems.add(Problem.error(root.span(), "Required property is missing: jobs"));
        } else if (jobsNode.get().resolved() instanceof YamlMapping jobMap) {
            for (YamlEntry e : jobMap.entries()) {
                if (e.value().resolved() instanceof YamlMapping jobNode) {
                    jobs.add(job(YamlData.keyString(e.key()), e.key(), jobNode));
                } else {
                    problems.add(Problem.error(e.value().span(), "Job '" + YamlData.keyString(e.key())
                            + "' must be a mapping of keys such as runs-on and steps"));
                }
            }
            findUnknownNeeds(jobMap);
        }
        return new WorkflowDocument(yaml, root, name, triggers, inputs, shareMatrices(jobs), problems);
    }

    /**
     * A {@code needs:} naming a job the workflow does not have: GitHub refuses the whole workflow
     * ("Job 'publish' depends on unknown job 'build_whels'."), so it is said at the name's place.
     * Job ids are matched without regard to case, as GitHub does.
     */
    private void findUnknownNeeds(YamlMapping jobMap) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        jobMap.entries().forEach(e -> ids.add(YamlData.keyString(e.key()).toLowerCase(java.util.Locale.ROOT)));
        for (YamlEntry e : jobMap.entries()) {
            if (!(e.value().resolved() instanceof YamlMapping job)) {
                continue;
            }
            Optional<YamlNode> needs = job.get("needs");
            if (needs.isEmpty()) {
                continue;
            }
            YamlNode n = needs.get().resolved();
            List<YamlNode> named = n instanceof YamlSequence q ? q.items() : List.of(n);
            for (YamlNode item : named) {
                Optional<String> id = item.scalarText();
                if (id.isPresent() && !id.get().contains("${{")
                        && !ids.contains(id.get().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(Problem.error(item.span(), "Job '" + YamlData.keyString(e.key())
                            + "' depends on unknown job '" + id.get() + "'."));
                }
            }
        }
    }

    /**
     * Keys GitHub's template reader refuses: a YAML merge key (YAML 1.1 only; GitHub sees '<<'
     * as an unknown key) and a key written twice in one mapping.
     */
    private void findKeyProblems(YamlNode start) {
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<YamlNode> todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            YamlNode n = todo.remove(todo.size() - 1).resolved();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof YamlMapping m) {
                Set<String> keys = new java.util.HashSet<>();
                for (YamlEntry e : m.entries()) {
                    String key = e.keyText();
                    if (key != null && !keys.add(key)) {
                        problems.add(Problem.error(e.key().span(), "'" + key + "' is already defined"));
                    }
                    if (e.key() instanceof YamlScalar k && k.style() == ScalarStyle.PLAIN && k.value().equals("<<")) {
                        problems.add(Problem.error(k.span(), "Unexpected value '<<': GitHub Actions does not support "
                                + "YAML merge keys; write the keys out, or alias the whole mapping"));
                    }
                    todo.add(e.value());
                }
            } else if (n instanceof YamlSequence q) {
                todo.addAll(q.items());
            }
        }
    }

    private static List<String> triggers(YamlNode on) {
        YamlNode n = on.resolved();
        if (n instanceof YamlScalar s) {
            return s.value().isEmpty() ? List.of() : List.of(s.value());
        }
        if (n instanceof YamlSequence q) {
            return q.items().stream().map(i -> i.scalarText().orElse("")).filter(t -> !t.isEmpty()).toList();
        }
        return ((YamlMapping) n).entries().stream().map(e -> YamlData.keyString(e.key())).toList();
    }

    private static List<DispatchInput> dispatchInputs(YamlNode on) {
        if (!(on.resolved() instanceof YamlMapping events)) {
            return List.of();
        }
        Optional<YamlNode> inputs = events.get("workflow_dispatch")
                .filter(d -> d.resolved() instanceof YamlMapping)
                .flatMap(d -> ((YamlMapping) d.resolved()).get("inputs"));
        if (inputs.isEmpty() || !(inputs.get().resolved() instanceof YamlMapping map)) {
            return List.of();
        }
        List<DispatchInput> result = new ArrayList<>();
        for (YamlEntry e : map.entries()) {
            YamlMapping def = e.value().resolved() instanceof YamlMapping m ? m : null;
            String type = def == null ? "string" : def.get("type").flatMap(YamlNode::scalarText).orElse("string");
            String description = def == null ? null : def.get("description").flatMap(YamlNode::scalarText).orElse(null);
            boolean required = def != null && def.get("required")
                    .map(r -> r.resolved() instanceof YamlScalar s && Boolean.TRUE.equals(s.typed())).orElse(false);
            Object defaultValue = def == null ? null : def.get("default").map(YamlData::toData).orElse(null);
            List<String> options = def == null ? List.of() : def.get("options")
                    .filter(o -> o.resolved() instanceof YamlSequence)
                    .map(o -> ((YamlSequence) o.resolved()).items().stream()
                            .map(i -> i.scalarText().orElse("")).toList())
                    .orElse(List.of());
            result.add(new DispatchInput(YamlData.keyString(e.key()), type, description, required, defaultValue,
                    options));
        }
        return result;
    }

    private WorkflowJob job(String id, YamlNode keyNode, YamlMapping node) {
        String name = node.get("name").flatMap(YamlNode::scalarText).orElse(null);
        List<String> needs = node.get("needs").map(WorkflowReader::strings).orElse(List.of());
        String ifCondition = node.get("if").map(this::raw).orElse(null);
        String runsOn = node.get("runs-on").map(this::raw).orElse(null);
        String uses = node.get("uses").flatMap(YamlNode::scalarText).orElse(null);
        Map<String, String> env = new LinkedHashMap<>();
        node.get("env").filter(n -> n.resolved() instanceof YamlMapping).ifPresent(n -> {
            for (YamlEntry e : ((YamlMapping) n.resolved()).entries()) {
                env.put(YamlData.keyString(e.key()), raw(e.value()));
            }
        });
        List<WorkflowStep> steps = new ArrayList<>();
        node.get("steps").filter(n -> n.resolved() instanceof YamlSequence).ifPresent(n -> {
            for (YamlNode s : ((YamlSequence) n.resolved()).items()) {
                if (s.resolved() instanceof YamlMapping step) {
                    steps.add(new WorkflowStep(text(step, "name"), text(step, "uses"), text(step, "run"),
                            step.get("if").map(this::raw).orElse(null), step.span()));
                }
            }
        });
        Optional<JobStrategy> strategy = node.get("strategy").map(this::strategy);
        return new WorkflowJob(id, name, needs, ifCondition, runsOn, uses, env, steps, strategy, keyNode, node);
    }

    private JobStrategy strategy(YamlNode strategyNode) {
        if (!(strategyNode.resolved() instanceof YamlMapping m)) {
            return new JobStrategy(null, null, Optional.empty(), strategyNode);
        }
        Object failFast = m.get("fail-fast").map(YamlData::toData).orElse(null);
        Object maxParallel = m.get("max-parallel").map(YamlData::toData).orElse(null);
        Optional<MatrixSpec> matrix = m.get("matrix").map(MatrixSpecReader::read);
        return new JobStrategy(failFast, maxParallel, matrix, strategyNode);
    }

    /** Jobs whose matrices are the same node (an anchor and its aliases) learn about each other. */
    private static List<WorkflowJob> shareMatrices(List<WorkflowJob> jobs) {
        Map<YamlNode, List<String>> byNode = new IdentityHashMap<>();
        for (WorkflowJob job : jobs) {
            job.matrix().ifPresent(m -> byNode.computeIfAbsent(m.node(), n -> new ArrayList<>()).add(job.id()));
        }
        List<WorkflowJob> result = new ArrayList<>();
        for (WorkflowJob job : jobs) {
            Optional<MatrixSpec> spec = job.matrix();
            List<String> sharing = spec.map(m -> byNode.get(m.node())).orElse(List.of());
            if (sharing.size() < 2) {
                result.add(job);
                continue;
            }
            List<String> others = sharing.stream().filter(id -> !id.equals(job.id())).toList();
            JobStrategy st = job.strategy().orElseThrow();
            JobStrategy shared = new JobStrategy(st.failFast(), st.maxParallel(),
                    Optional.of(spec.get().withSharedWith(others)), st.node());
            result.add(new WorkflowJob(job.id(), job.name(), job.needs(), job.ifCondition(), job.runsOn(),
                    job.uses(), job.env(), job.steps(), Optional.of(shared), job.keyNode(), job.node()));
        }
        return result;
    }

    private static List<String> strings(YamlNode node) {
        YamlNode n = node.resolved();
        if (n instanceof YamlSequence q) {
            return q.items().stream().map(i -> i.scalarText().orElse("")).toList();
        }
        return n.scalarText().map(List::of).orElse(List.of());
    }

    private static String text(YamlMapping m, String key) {
        return m.get(key).flatMap(YamlNode::scalarText).orElse(null);
    }

    /** A scalar's text, or the raw YAML of a collection. */
    private String raw(YamlNode node) {
        if (node.resolved() instanceof YamlScalar s) {
            return s.value();
        }
        YamlNode n = node instanceof YamlAlias a ? a.target() : node;
        return YamlData.sourceOf(n, source);
    }
}
