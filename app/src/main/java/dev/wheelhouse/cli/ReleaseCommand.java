package dev.wheelhouse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code release check|approve|reject}: the wheels a run produced against its plan, and the publish gate. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Check the wheels a run produced against the plan, and approve or reject the deployment "
                + "its publish job waits for.",
                "The token comes from GH_TOKEN or GITHUB_TOKEN (GH_ENTERPRISE_TOKEN or GITHUB_ENTERPRISE_TOKEN "
                        + "for another host), the GitHub CLI, or the token kept by the app."})
public final class ReleaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The command with its sub-commands, all getting their token and client settings from {@code setup}. */
    public static CommandLine commandLine(ClientSetup setup) {
        CommandLine release = new CommandLine(new ReleaseCommand());
        release.addSubcommand("check", new ReleaseCheckCommand(setup));
        release.addSubcommand("approve", new CommandLine(new ReleaseReviewCommand(setup, true)).setCommandName("approve"));
        release.addSubcommand("reject", new CommandLine(new ReleaseReviewCommand(setup, false)).setCommandName("reject"));
        return release;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("wheelhouse release: name a sub-command: check, approve or reject "
                + "(wheelhouse release --help).");
        return 2;
    }
}
