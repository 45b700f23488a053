package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a cibuildwheel step writes its wheels: the action's {@code output-dir} input, {@code --output-dir}
 * on a command line, or {@code CIBW_OUTPUT_DIR}; {@code wheelhouse} by default
 * (https://cibuildwheel.pypa.io/en/stable/options/#output-dir).
 */
public final class WheelOutput {

    private WheelOutput() {
    }

    /**
     * The output directory of a cibuildwheel step, relative to the workspace; empty when the step runs no
     * cibuildwheel.
     *
     * @param env the environment the step sees (job and step {@code env} merged)
     */
    public static Optional<String> directory(RenderedStep step, Map<String, String> env) {
        String fromEnv = env.get("CIBW_OUTPUT_DIR");
        if (InvocationReader.isAction(step)) {
            String input = step.with().get("output-dir");
            return Optional.of(Paths.clean(input != null && !input.isBlank() ? input
                    : fromEnv != null && !fromEnv.isBlank() ? fromEnv : "wheelhouse"));
        }
        if (step.run().isEmpty()) {
            return Optional.empty();
        }
        for (List<String> words : ShellCommands.commands(step.run().get())) {
            int program = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).replaceFirst("==.*$", "").equals("cibuildwheel")) {
                    program = i;
                }
            }
            if (program < 0 || words.contains("--print-build-identifiers") || words.get(0).equals("pip")
                    || words.contains("install")) {
                continue;
            }
            for (int i = program; i < words.size(); i++) {
                String value = ShellCommands.optionValue(words, i, "--output-dir");
                if (value != null) {
                    return Optional.of(Paths.clean(value));
                }
            }
            return Optional.of(Paths.clean(fromEnv != null && !fromEnv.isBlank() ? fromEnv : "wheelhouse"));
        }
        return Optional.empty();
    }
}
