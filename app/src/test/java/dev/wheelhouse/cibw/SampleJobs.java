package dev.wheelhouse.cibw;

import dev.wheelhouse.testing.Samples;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job of a real sample workflow into a {@link RenderedJob} for one matrix combination,
 * substituting only plain {@code ${{ matrix.key }}} references; every other expression stays as
 * written, which the planner treats as unknown. Tests of the planner core use this so they do not
 * depend on the workflow package's evaluator.
 */
final class SampleJobs {

    private static final Pattern MATRIX_REF = Pattern.compile("\\$\\{\\{\\s*matrix\\.([\\w.-]+)\\s*}}");

    private SampleJobs() {
    }

    static RenderedJob render(String workflowFile, String jobId, Map<String, Object> matrix) throws IOException {
        String text = Files.readString(Samples.workflow(workflowFile), StandardCharsets.UTF_8);
        Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) root.get("jobs")).get(jobId);
        Map<String, String> env = new LinkedHashMap<>(strings(root.get("env"), matrix));
        env.putAll(strings(job.get("env"), matrix));
        Object runsOn = job.get("runs-on");
        List<String> labels = new ArrayList<>();
        if (runsOn instanceof List<?> list) {
            list.forEach(l -> labels.add(substitute(String.valueOf(l), matrix)));
        } else {
            labels.add(substitute(String.valueOf(runsOn), matrix));
        }
        List<RenderedStep> steps = new ArrayList<>();
        List<?> rawSteps = (List<?>) job.get("steps");
        for (int i = 0; i < rawSteps.size(); i++) {
            Map<?, ?> step = (Map<?, ?>) rawSteps.get(i);
            Optional<String> uses = Optional.ofNullable(step.get("uses")).map(String::valueOf);
            steps.add(new RenderedStep(i, Optional.ofNullable(step.get("name")).map(String::valueOf), uses,
                    uses.flatMap(u -> comment(text, u)),
                    Optional.ofNullable(step.get("run")).map(r -> substitute(String.valueOf(r), matrix)),
                    strings(step.get("with"), matrix), strings(step.get("env"), matrix),
                    Optional.ofNullable(step.get("if")).map(String::valueOf)));
        }
        return new RenderedJob(jobId, jobId, labels, env, steps);
    }

    private static Optional<String> comment(String text, String uses) {
        Matcher m = Pattern.compile("uses:\\s*" + Pattern.quote(uses) + "\\s*#\\s*(.*)").matcher(text);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static Map<String, String> strings(Object map, Map<String, Object> matrix) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), substitute(v == null ? "" : String.valueOf(v), matrix)));
        }
        return out;
    }

    private static String substitute(String value, Map<String, Object> matrix) {
        Matcher m = MATRIX_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object replacement = lookup(matrix, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : String.valueOf(replacement)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object lookup(Map<String, Object> matrix, String path) {
        Object current = matrix;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(part);
        }
        return current;
    }
}
