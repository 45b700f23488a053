package dev.wheelhouse;

import dev.wheelhouse.cli.Commands;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTreeTest {

    @Test
    void everyCommandIsFoundByTheNameItsAnnotationGivesIt() {
        List<String> names = List.copyOf(Main.commandLine().getSubcommands().keySet());
        assertEquals(List.of("matrix", "wheels", "stats", "dispatch", "sandbox", "watch"), names);
        for (String name : names) {
            Object command = Commands.named(name).orElseThrow(() -> new AssertionError("no command " + name));
            assertEquals(name, new CommandLine(command).getCommandName());
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
        assertEquals(6, Main.commandLine("--help").getSubcommands().size());
        assertEquals(6, Main.commandLine("matrx").getSubcommands().size());
        assertTrue(Commands.named("matrx").isEmpty());
    }
}
