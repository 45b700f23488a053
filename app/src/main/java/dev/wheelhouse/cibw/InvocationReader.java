package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cibuildwheel runs in a step: the {@code pypa/cibuildwheel} action, or command lines
 * such as {@code cibuildwheel --platform linux}, {@code python -m cibuildwheel .},
 * {@code pipx run cibuildwheel==4.2.0}, {@code uvx --from 'cibuildwheel==4.1.1' cibuildwheel}.
 * Install commands ({@code pipx install cibuildwheel==4.1.1}) are not runs, but their pin tells
 * which version later steps run.
 */
final class InvocationReader {

    private static final Pattern ACTION = Pattern.compile("(?i)pypa/cibuildwheel@(.+)");
    private static final Pattern PINNED = Pattern.compile("(?i)cibuildwheel(?:\\[[\\w,]+])?==([0-9][\\w.]*)");

    private InvocationReader() {
    }

    static boolean isAction(RenderedStep step) {
        return step.uses().map(u -> ACTION.matcher(u.trim()).matches()).orElse(false);
    }

    /** The action's run, from its {@code with:} inputs (https://github.com/pypa/cibuildwheel/blob/main/action.yml). */
    static CibuildwheelInvocation fromAction(RenderedStep step) {
        Matcher m = ACTION.matcher(step.uses().orElseThrow().trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a cibuildwheel action step: " + step.label());
        }
        ReleasePin pin = ReleasePin.ofActionRef(m.group(1), step.usesComment().orElse(null));
        String packageDir = Optional.ofNullable(step.with().get("package-dir")).filter(s -> !s.isBlank()).orElse(".");
        return new CibuildwheelInvocation(pin.release(), packageDir.trim(), optional(step, "config-file"),
                optional(step, "only"), Optional.empty(), Optional.empty(), List.of(), false, true, pin.note());
    }

    /** The version any {@code cibuildwheel==X} in a script pins (install or run), if one does. */
    static Optional<CibuildwheelRelease> pinnedVersion(String script) {
        Matcher m = PINNED.matcher(script);
        return m.find() ? CibuildwheelRelease.parse(m.group(1)) : Optional.empty();
    }

    /**
     * The requirements files a script's {@code pip install -r FILE} (or {@code uv pip install}) reads,
     * where a pin such as Pillow's {@code .ci/requirements-cibw.txt} names the cibuildwheel version.
     */
    static List<String> requirementFiles(String script) {
        List<String> files = new ArrayList<>();
        for (List<String> tokens : ShellCommands.commands(script)) {
            boolean pipInstall = tokens.contains("install") && tokens.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT)
                    .replace(".exe", "").endsWith("pip") || t.endsWith("pip3"));
            if (!pipInstall) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if ((token.equals("-r") || token.equals("--requirement")) && i + 1 < tokens.size()) {
                    files.add(tokens.get(++i));
                } else if (token.startsWith("--requirement=")) {
                    files.add(token.substring("--requirement=".length()));
                } else if (token.startsWith("-r") && token.length() > 2) {
                    files.add(token.substring(2));
                }
            }
        }
        return files;
    }

    /**
     * The cibuildwheel runs of a script, in order.
     *
     * @param jobPin the version an earlier step of the job installed, if any
     */
    static List<CibuildwheelInvocation> fromScript(String script, Optional<CibuildwheelRelease> jobPin) {
        List<CibuildwheelInvocation> runs = new ArrayList<>();
        for (List<String> tokens : ShellCommands.commands(script)) {
            int program = programIndex(tokens);
            if (program < 0) {
                continue;
            }
            Optional<CibuildwheelRelease> release = pinnedVersion(String.join(" ", tokens)).or(() -> jobPin);
            runs.add(arguments(tokens.subList(program + 1, tokens.size()), release));
        }
        return runs;
    }

    /** The index of the token that runs cibuildwheel, or -1 when the command installs it or does not mention it. */
    private static int programIndex(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i).toLowerCase(Locale.ROOT);
            boolean names = token.equals("cibuildwheel") || token.startsWith("cibuildwheel==")
                    || token.startsWith("cibuildwheel[");
            if (!names) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).equals("--from")) {
                continue;
            }
            if (tokens.subList(0, i).stream().anyMatch(t -> t.equals("install") || t.equals("download"))) {
                return -1;
            }
            return i;
        }
        return -1;
    }

    private static CibuildwheelInvocation arguments(List<String> args, Optional<CibuildwheelRelease> release) {
        String packageDir = ".";
        boolean packageSeen = false;
        Optional<String> configFile = Optional.empty();
        Optional<String> only = Optional.empty();
        Optional<String> platform = Optional.empty();
        Optional<String> archs = Optional.empty();
        List<String> enable = new ArrayList<>();
        boolean printOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            Optional<String> inlineValue = Optional.empty();
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = Optional.of(arg.substring(equals + 1));
            }
            boolean takesValue = switch (name) {
                case "--platform", "--archs", "--only", "--config-file", "--output-dir", "--enable" -> true;
                default -> false;
            };
            Optional<String> value = inlineValue;
            if (takesValue && value.isEmpty() && i + 1 < args.size()) {
                value = Optional.of(args.get(++i));
            }
            switch (name) {
                case "--platform" -> platform = value;
                case "--archs" -> archs = value;
                case "--only" -> only = value;
                case "--config-file" -> configFile = value;
                case "--enable" -> value.ifPresent(enable::add);
                case "--print-build-identifiers" -> printOnly = true;
                default -> {
                    if (!arg.startsWith("-") && !packageSeen && !takesValue) {
                        packageDir = arg;
                        packageSeen = true;
                    }
                }
            }
        }
        return new CibuildwheelInvocation(release, packageDir, configFile, only, platform, archs, enable, printOnly);
    }

    private static Optional<String> optional(RenderedStep step, String input) {
        return Optional.ofNullable(step.with().get(input)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
