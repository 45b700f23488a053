package dev.wheelhouse.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * packaging/classlist-merge.awk, which merges the CDS training runs' class lists: classes once,
 * a lambda line as often as one run has it (each stands for a call site, archived as its own class).
 */
class ClasslistMergeTest {

    private static final String LAMBDA = "@lambda-proxy a/Reader apply ()Ljava/util/function/Function; "
            + "(Ljava/lang/Object;)Ljava/lang/Object; REF_invokeVirtual a/Mark getIndex ()I (La/Mark;)Ljava/lang/Integer;";
    private static final String OTHER = "@lambda-proxy a/Reader test ()Ljava/util/function/Predicate; (Ljava/lang/Object;)Z "
            + "REF_invokeStatic a/Reader lambda$x$0 (La/Node;)Z (La/Node;)Z";

    @TempDir
    Path dir;

    @Test
    void classesOnceLambdaLinesAsOftenAsTheRunThatHasMost() throws Exception {
        Path window = list("window", "java/lang/Object id: 0", "a/Reader", LAMBDA, LAMBDA, OTHER);
        Path command = list("command", "java/lang/Object id: 0", "a/Reader", "a/Command", LAMBDA, LAMBDA, LAMBDA, OTHER);
        Path help = list("help", "a/Reader", LAMBDA);

        List<String> merged = merge(window, command, help);

        assertEquals(List.of("java/lang/Object id: 0", "a/Reader", LAMBDA, LAMBDA, OTHER, "a/Command", LAMBDA), merged);
    }

    @Test
    void oneListComesOutUnchanged() throws Exception {
        Path only = list("only", "# NOTE", "a/Reader", LAMBDA, "a/Mark", LAMBDA);
        assertEquals(Files.readAllLines(only), merge(only));
    }

    private List<String> merge(Path... lists) throws Exception {
        Path script = Path.of("../packaging/classlist-merge.awk").toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>(List.of("awk", "-f", script.toString()));
        for (Path list : lists) {
            command.add(list.toString());
        }
        Path out = dir.resolve("merged");
        Process awk = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectErrorStream(false).start();
        assertTrue(awk.waitFor(30, TimeUnit.SECONDS), "awk did not end");
        assertEquals(0, awk.exitValue(), new String(awk.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return Files.readAllLines(out);
    }

    private Path list(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
