package dev.wheelhouse.failures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real failure log of the samples: its class and its key line, as EXPECTED.json gives them. */
class FailureSamplesTest {

    record Expected(String file, String failureClass, List<String> accept, String keyLine) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> samples() throws IOException {
        JsonNode all = new ObjectMapper().readTree(Samples.failures().resolve("EXPECTED.json").toFile());
        List<Expected> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> accept = new ArrayList<>();
            e.getValue().get("accept").forEach(a -> accept.add(a.asText()));
            out.add(new Expected(e.getKey(), e.getValue().get("class").asText(), accept,
                    e.getValue().get("key_line").asText()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void classAndKeyLineAreTheOnesTheSampleGives(Expected expected) throws IOException {
        Path file = Samples.failures().resolve(expected.file());
        FailureReport report = new FailureReader().read(file);

        assertFalse(report.failures().isEmpty(), "no failure found");
        Failure first = report.failures().get(0);
        Set<Long> keyLines = keyLines(file, expected.keyLine());
        assertTrue(expected.accept().contains(first.failureClass().code()),
                () -> "class " + first.failureClass().code() + " at line " + first.line() + " (" + first.symptom()
                        + "), expected " + expected.failureClass() + "; all: " + summary(report));
        assertTrue(keyLines.contains(first.line()), () -> "key line " + first.line() + " '" + first.text()
                + "', expected one of " + keyLines + "; all: " + summary(report));
        assertFalse(first.message().isBlank());
        assertTrue(first.context().lines().size() <= LogExcerpt.MAX_LINES);
        String keyInContext = first.context().lines().get(first.context().keyIndex()).strip();
        assertTrue(first.text().strip().startsWith(keyInContext.substring(0, Math.min(100, keyInContext.length()))),
                "the excerpt marks the key line: " + keyInContext);
    }

    private static Set<Long> keyLines(Path file, String keyLine) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
        Set<Long> numbers = new TreeSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(keyLine)) {
                numbers.add(i + 1L);
            }
        }
        assertFalse(numbers.isEmpty(), "EXPECTED.json's key line is in the file");
        return numbers;
    }

    private static String summary(FailureReport report) {
        return report.failures().stream().map(f -> f.failureClass().code() + "@" + f.line() + "(" + f.symptom() + ")")
                .toList().toString();
    }
}
