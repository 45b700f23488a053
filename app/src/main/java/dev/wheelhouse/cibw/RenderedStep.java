package dev.wheelhouse.cibw;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow step with its expressions already evaluated for one matrix combination. Any value that
 * still contains {@code ${{ }}} could not be evaluated, and is treated as unknown.
 *
 * @param index       the step's position in the job, from 0
 * @param name        the step's {@code name:}, when it has one
 * @param uses        {@code uses:}, e.g. {@code pypa/cibuildwheel@v3.2.0}
 * @param usesComment the comment after {@code uses:} on its line, where pinning tools write the version
 * @param run         {@code run:} script
 * @param with        {@code with:} inputs, rendered
 * @param env         the step's own {@code env:}, rendered
 * @param condition   the step's {@code if:}, as written, when it has one
 */
public record RenderedStep(int index, Optional<String> name, Optional<String> uses, Optional<String> usesComment,
                           Optional<String> run, Map<String, String> with, Map<String, String> env,
                           Optional<String> condition) {

    public RenderedStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(usesComment, "usesComment");
        Objects.requireNonNull(run, "run");
        with = Collections.unmodifiableMap(new LinkedHashMap<>(with));
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        condition = condition.filter(c -> !c.isBlank());
    }

    /** A step that runs an action. */
    public static RenderedStep action(int index, String uses, Map<String, String> with, Map<String, String> env) {
        return new RenderedStep(index, Optional.empty(), Optional.of(uses), Optional.empty(), Optional.empty(),
                with, env, Optional.empty());
    }

    /** A step that runs a script. */
    public static RenderedStep script(int index, String run, Map<String, String> env) {
        return new RenderedStep(index, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(run),
                Map.of(), env, Optional.empty());
    }

    public RenderedStep named(String stepName) {
        return new RenderedStep(index, Optional.of(stepName), uses, usesComment, run, with, env, condition);
    }

    public RenderedStep withUsesComment(String comment) {
        return new RenderedStep(index, name, uses, Optional.ofNullable(comment), run, with, env, condition);
    }

    public RenderedStep when(String ifCondition) {
        return new RenderedStep(index, name, uses, usesComment, run, with, env, Optional.ofNullable(ifCondition));
    }

    /** {@code owner/action@<sha>} shortened to seven hex digits, with the pinned version from its comment. */
    private String shortUses() {
        String text = uses.get();
        int at = text.indexOf('@');
        String ref = at < 0 ? "" : text.substring(at + 1);
        if (ref.length() == 40 && ref.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return text.substring(0, at + 8) + usesComment.map(c -> " (" + c + ")").orElse("");
        }
        return text;
    }

    /** How the step is shown: its name, else what it uses, else the first line of its script. */
    public String label() {
        if (name.isPresent()) {
            return name.get();
        }
        if (uses.isPresent()) {
            return shortUses();
        }
        String script = run.orElse("").strip();
        int newline = script.indexOf('\n');
        return "run: " + (newline < 0 ? script : script.substring(0, newline) + " …");
    }
}
