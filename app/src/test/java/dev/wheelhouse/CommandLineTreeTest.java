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
        CommandLine cli = Main.commandLine("matrix", null);
        assertEquals(List.of("matrix"), List.copyOf(cli.getSubcommands().keySet()));
        assertEquals(List.of("show", "edit"), List.copyOf(cli.getSubcommands().get("matrix").getSubcommands().keySet()));
    }

    @Test
    void aNamedSubCommandIsBuiltAloneAndAnythingElseGetsThemAll() {
        assertEquals(List.of("show"), matrixSubcommands("show"));
        assertEquals(List.of("edit"), matrixSubcommands("edit"));
        assertEquals(List.of("show", "edit"), matrixSubcommands("--help"));
        assertEquals(List.of("show", "edit"), matrixSubcommands("shw"));
        assertEquals(List.of("show", "edit"), List.copyOf(Main.commandLine().getSubcommands().get("matrix")
                .getSubcommands().keySet()));
    }

    private static List<String> matrixSubcommands(String second) {
        return List.copyOf(Main.commandLine("matrix", second).getSubcommands().get("matrix").getSubcommands().keySet());
    }

    @Test
    void optionsAndTyposGetTheWholeTreeSoHelpAndErrorsNameEveryCommand() {
        assertEquals(EVERY_COMMAND, List.copyOf(Main.commandLine("--help", null).getSubcommands().keySet()));
        assertEquals(EVERY_COMMAND, List.copyOf(Main.commandLine("matrx", "show").getSubcommands().keySet()));
        assertTrue(Commands.named("matrx").isEmpty());
    }

    /** Main turns off picocli's converters for java.time and java.sql (start-up): no option may need one. */
    @Test
    void noOptionHasATypeWhoseConverterMainTurnsOff() {
        List<CommandLine> commands = new java.util.ArrayList<>(List.of(Main.commandLine()));
        for (int i = 0; i < commands.size(); i++) {
            CommandLine command = commands.get(i);
            commands.addAll(command.getSubcommands().values());
            for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
                java.util.List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.type()));
                types.addAll(List.of(arg.auxiliaryTypes()));
                for (Class<?> type : types) {
                    String name = type.getName();
                    assertTrue(!name.startsWith("java.time.") && !name.startsWith("java.sql."),
                            command.getCommandName() + " " + arg + " has type " + name);
                }
            }
        }
        assertTrue(commands.size() > EVERY_COMMAND.size(), "the walk did not reach the sub-commands");
    }
}
