package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@code PyO3/maturin-action} step says about the wheels it builds
 * (https://github.com/PyO3/maturin-action#inputs). maturin picks interpreters and tags itself, so
 * Wheelhouse does not list identifiers; it shows the target, the manylinux setting and the
 * interpreters named in {@code args}.
 *
 * @param command       maturin's subcommand ({@code build} unless given)
 * @param target        the Rust target ({@code x86_64}, {@code aarch64-unknown-linux-gnu}, …), when given
 * @param manylinux     the {@code manylinux} input ({@code auto}, {@code 2_28}, {@code musllinux_1_2}, …), when given
 * @param interpreters  the interpreters {@code -i}/{@code --interpreter} name in {@code args}
 * @param findInterpreter whether {@code args} asks maturin to find every interpreter ({@code --find-interpreter})
 * @param platform      the platform the target names, else the runner's
 */
public record MaturinBuild(String command, Optional<String> target, Optional<String> manylinux,
                           List<String> interpreters, boolean findInterpreter, Optional<Platform> platform) {

    private static final Pattern ACTION = Pattern.compile("(?i)(?:PyO3|messense)/maturin-action@.+");

    public MaturinBuild {
        interpreters = List.copyOf(interpreters);
    }

    static boolean isAction(RenderedStep step) {
        return step.uses().map(u -> ACTION.matcher(u.trim()).matches()).orElse(false);
    }

    static MaturinBuild fromStep(RenderedStep step, RunnerPlatform runner) {
        List<String> args = ShellCommands.words(input(step, "args").orElse(""));
        return fromArguments(input(step, "command").orElse("build"), args, input(step, "target"),
                input(step, "manylinux"), runner);
    }

    /** The {@code maturin build} / {@code maturin publish} runs of a script, e.g. orjson's macOS jobs. */
    static List<MaturinBuild> fromScript(String script, RunnerPlatform runner) {
        List<MaturinBuild> builds = new ArrayList<>();
        for (List<String> words : ShellCommands.commands(script)) {
            int program = words.indexOf("maturin");
            if (program < 0 || program + 1 >= words.size()) {
                continue;
            }
            String command = words.get(program + 1);
            List<String> args = words.subList(program + 2, words.size());
            String target = null;
            String manylinux = null;
            for (int i = 0; i < args.size(); i++) {
                target = firstNonNull(ShellCommands.optionValue(args, i, "--target"), target);
                manylinux = firstNonNull(ShellCommands.optionValue(args, i, "--manylinux"), manylinux);
                manylinux = firstNonNull(ShellCommands.optionValue(args, i, "--compatibility"), manylinux);
            }
            MaturinBuild build = fromArguments(command, args, Optional.ofNullable(target),
                    Optional.ofNullable(manylinux), runner);
            if (build.buildsWheels()) {
                builds.add(build);
            }
        }
        return builds;
    }

    private static MaturinBuild fromArguments(String command, List<String> args, Optional<String> target,
                                              Optional<String> manylinux, RunnerPlatform runner) {
        List<String> interpreters = new ArrayList<>();
        boolean find = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--find-interpreter")) {
                find = true;
            } else if (arg.equals("-i") || arg.equals("--interpreter")) {
                for (int j = i + 1; j < args.size() && !args.get(j).startsWith("-"); j++) {
                    interpreters.add(args.get(j));
                    i = j;
                }
            } else if (arg.startsWith("--interpreter=")) {
                interpreters.add(arg.substring("--interpreter=".length()));
            }
        }
        Optional<Platform> platform = target.flatMap(MaturinBuild::platformOfTarget).or(runner::os);
        return new MaturinBuild(command, target, manylinux, interpreters, find, platform);
    }

    /** Whether this step builds wheels ({@code build}, {@code publish}); {@code sdist} does not. */
    public boolean buildsWheels() {
        return command.equals("build") || command.equals("publish");
    }

    /** One line for a maintainer, e.g. {@code maturin build for aarch64 (manylinux auto), interpreters 3.9 3.10}. */
    public String describe() {
        StringBuilder text = new StringBuilder("maturin ").append(command);
        text.append(" for ").append(target.orElse("the runner's own target"));
        manylinux.ifPresent(m -> text.append(" (manylinux ").append(m).append(')'));
        if (!interpreters.isEmpty()) {
            text.append(", interpreters ").append(String.join(" ", interpreters));
        } else if (findInterpreter) {
            text.append(", every interpreter maturin finds");
        }
        return text.toString();
    }

    private static Optional<Platform> platformOfTarget(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        if (t.contains("apple-darwin") || t.equals("universal2")) {
            return Optional.of(Platform.MACOS);
        }
        if (t.contains("windows")) {
            return Optional.of(Platform.WINDOWS);
        }
        if (t.contains("linux")) {
            return Optional.of(Platform.LINUX);
        }
        return Optional.empty();
    }

    private static String firstNonNull(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static Optional<String> input(RenderedStep step, String name) {
        return Optional.ofNullable(step.with().get(name)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
