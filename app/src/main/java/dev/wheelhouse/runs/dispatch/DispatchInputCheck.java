package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.workflow.DispatchInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks dispatch inputs against the workflow's {@code on.workflow_dispatch.inputs} the way
 * GitHub will (https://docs.github.com/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch),
 * so the form can show every problem at once instead of GitHub's first 422. Values are sent
 * as strings, which every server version accepts for every input type.
 */
public final class DispatchInputCheck {

    /** GitHub's limit on inputs per dispatch. */
    public static final int MAX_INPUTS = 25;

    private DispatchInputCheck() {
    }

    /**
     * The inputs to send: checked, booleans as {@code true}/{@code false}, empty optional
     * values left out so the workflow's defaults apply.
     *
     * @param environments the repository's environments, when known, for environment inputs
     * @throws InvalidInputsException with every problem found
     */
    public static Map<String, Object> check(List<DispatchInput> declared, Map<String, String> given,
                                            Optional<List<String>> environments) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(name))) {
                problems.add(new InputProblem(name, "'" + name + "' is not an input of this workflow on that ref"
                        + (declared.isEmpty() ? " (it declares none)." : "; it has " + names(declared) + ".")));
            }
        }
        for (DispatchInput input : declared) {
            String raw = given.get(input.name());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (input.required() && input.defaultValue() == null) {
                    problems.add(new InputProblem(input.name(), "'" + input.name() + "' is required."));
                }
                continue;
            }
            checkValue(input, value, environments).ifPresentOrElse(problems::add, () -> out.put(input.name(),
                    normalise(input, value)));
        }
        long sent = given.values().stream().filter(v -> v != null && !v.isBlank()).count();
        if (sent > MAX_INPUTS) {
            problems.add(new InputProblem("", "GitHub accepts at most " + MAX_INPUTS + " inputs in one dispatch; "
                    + "this one has " + sent + ". Leave optional inputs empty to use their defaults."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Optional<InputProblem> checkValue(DispatchInput input, String value,
                                                     Optional<List<String>> environments) {
        String type = input.type() == null ? "string" : input.type().toLowerCase(Locale.ROOT);
        String name = input.name();
        switch (type) {
            case "boolean" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    return Optional.of(new InputProblem(name, "'" + name + "' is true or false, not '" + value + "'."));
                }
            }
            case "number" -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return Optional.of(new InputProblem(name, "'" + name + "' must be a number, not '" + value + "'."));
                }
            }
            case "choice" -> {
                if (!input.options().isEmpty() && !input.options().contains(value)) {
                    return Optional.of(new InputProblem(name, "'" + name + "' must be one of "
                            + String.join(", ", input.options()) + "; '" + value + "' is not."));
                }
            }
            case "environment" -> {
                if (environments.isPresent() && !environments.get().contains(value)) {
                    return Optional.of(new InputProblem(name, "'" + name + "' names the environment '" + value
                            + "', which the repository does not have"
                            + (environments.get().isEmpty() ? "." : " (it has " + String.join(", ", environments.get()) + ").")));
                }
            }
            default -> {
                // A string takes anything.
            }
        }
        return Optional.empty();
    }

    private static Object normalise(DispatchInput input, String value) {
        return "boolean".equalsIgnoreCase(input.type()) ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static String names(List<DispatchInput> declared) {
        return String.join(", ", declared.stream().map(d -> "'" + d.name() + "'").toList());
    }
}
