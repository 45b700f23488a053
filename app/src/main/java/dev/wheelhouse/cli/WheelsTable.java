package dev.wheelhouse.cli;

import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.BuildStepPlan;
import dev.wheelhouse.cibw.WheelPlan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human form of {@code wheels}: one block per expanded job. */
final class WheelsTable {

    private WheelsTable() {
    }

    static String render(String file, boolean projectRead, List<WheelPlan> plans) {
        StringBuilder out = new StringBuilder(file).append(System.lineSeparator());
        if (!projectRead) {
            out.append("(no repository at hand: pyproject.toml settings are not applied; use --project DIR)")
                    .append(System.lineSeparator());
        }
        if (plans.isEmpty()) {
            out.append("no job runs cibuildwheel or maturin").append(System.lineSeparator());
        }
        for (WheelPlan plan : plans) {
            out.append(System.lineSeparator()).append(plan.jobName()).append("  [").append(plan.runner().describe())
                    .append(']').append(System.lineSeparator());
            for (BuildStepPlan step : plan.steps()) {
                out.append("  ").append(step.stepLabel());
                step.condition().ifPresent(c -> out.append("  (if: ").append(c.strip().replaceAll("\\s+", " ")).append(')'));
                out.append(": ").append(step.determination().name().toLowerCase(Locale.ROOT));
                out.append(System.lineSeparator());
                if (!step.identifiers().isEmpty()) {
                    out.append("    ").append(step.identifiers().stream().map(BuildIdentifier::toString)
                            .collect(Collectors.joining(" "))).append(System.lineSeparator());
                }
                for (String line : step.explanations()) {
                    out.append("    - ").append(line).append(System.lineSeparator());
                }
            }
            out.append("  => ").append(plan.summary()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
