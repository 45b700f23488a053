package dev.wheelhouse;

import dev.wheelhouse.cli.Commands;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTreeTest {

    private static final List<String> EVERY_COMMAND = List.of("matrix", "wheels", "stats", "dispatch", "sandbox",
            "watch", "release", "download", "why", "logs");

    @Test
    void everyCommandIsFoundByTheNameItsAnnotationGivesIt() {
        List<String> names = List.copyOf(Main.commandLine().getSubcommands().keySet());
        assertEquals(EVERY_COMMAND, names);
        for (String name : names) {
            Object command = Commands.named(name).orElseThrow(() -> new AssertionError("no command " + name));
            CommandLine built = command instanceof CommandLine line ? line : new CommandLine(command);
            assertEquals(name, built.getCommandName());
        }
    }

    @Test
    void aNamedCommandIsBuiltAlone() {
        CommandLine cli = Main.commandLine("matrix");
        assertEquals(List.of("matrix"), List.copyOf(cli.getSubcommands().keySet()));
        assertEquals(List.of("show", "edit"), List.copyOf(cli.getSubcommands().get("matrix").getSubcommands().keySet()));
    }

    @Test
    void optionsAndTyposGetTheWholeTreeSoHelpAndErrorsNameEveryCommand() {
        assertEquals(EVERY_COMMAND, List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
        assertEquals(EVERY_COMMAND, List.copyOf(Main.commandLine("matrx").getSubcommands().keySet()));
        assertTrue(Commands.named("matrx").isEmpty());
    }
}
