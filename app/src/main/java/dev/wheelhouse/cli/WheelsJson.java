package dev.wheelhouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.BuildStepPlan;
import dev.wheelhouse.cibw.CibuildwheelOptions;
import dev.wheelhouse.cibw.ResolvedOption;
import dev.wheelhouse.cibw.RunnerPlatform;
import dev.wheelhouse.cibw.WheelPlan;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of {@code wheels}: {@code {"file", "project", "jobs": [{"id", "name", "runner": {"labels",
 * "kind", "os", "arch"}, "outcome", "summary", "wheels", "conditional_wheels", "steps": [{"index", "label",
 * "tool", "condition", "determination", "cibuildwheel", "options": {"platform", "archs", "build", "skip",
 * "enable", "requires_python", "source": {...}}, "identifiers", "explanations"}]}]}}. Enum values are
 * lower case; absent values are null.
 */
final class WheelsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WheelsJson() {
    }

    static String render(String file, Optional<String> project, List<WheelPlan> plans) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("project", project.orElse(null));
        List<Object> jobs = new ArrayList<>();
        for (WheelPlan plan : plans) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("id", plan.jobId());
            job.put("name", plan.jobName());
            job.put("runner", runner(plan.runner()));
            job.put("outcome", lower(plan.outcome()));
            job.put("summary", plan.summary());
            job.put("wheels", ids(plan.wheels()));
            job.put("conditional_wheels", ids(plan.conditionalWheels()));
            List<Object> steps = new ArrayList<>();
            for (BuildStepPlan step : plan.steps()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("index", step.stepIndex());
                s.put("label", step.stepLabel());
                s.put("tool", lower(step.tool()));
                s.put("condition", step.condition().orElse(null));
                s.put("determination", lower(step.determination()));
                s.put("cibuildwheel", step.release().map(Object::toString).orElse(null));
                s.put("options", step.options().map(WheelsJson::options).orElse(null));
                s.put("identifiers", ids(step.identifiers()));
                s.put("explanations", step.explanations());
                steps.add(s);
            }
            job.put("steps", steps);
            jobs.add(job);
        }
        root.put("jobs", jobs);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What cibuildwheel selects with, as data a client can hand to {@code cibuildwheel --print-build-identifiers}. */
    private static Map<String, Object> options(CibuildwheelOptions options) {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> source = new LinkedHashMap<>();
        for (ResolvedOption option : List.of(options.platform(), options.archs(), options.build(), options.skip(),
                options.enable())) {
            o.put(option.name(), option.value());
            source.put(option.name(), option.source());
        }
        o.put("requires_python", options.requiresPython().map(ResolvedOption::value).orElse(null));
        source.put("requires_python", options.requiresPython().map(ResolvedOption::source).orElse(null));
        o.put("source", source);
        return o;
    }

    private static Map<String, Object> runner(RunnerPlatform runner) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("labels", runner.labels());
        r.put("kind", lower(runner.kind()));
        r.put("os", runner.os().map(p -> p.optionName()).orElse(null));
        r.put("arch", runner.nativeArch().map(a -> a.optionValue()).orElse(null));
        return r;
    }

    private static List<String> ids(List<BuildIdentifier> ids) {
        return ids.stream().map(BuildIdentifier::toString).toList();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
