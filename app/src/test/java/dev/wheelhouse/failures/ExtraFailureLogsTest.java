package dev.wheelhouse.failures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real failure output beyond the shared samples (src/test/resources/failures-extra, sources in its README). */
class ExtraFailureLogsTest {

    private static final Path DIR = locate();

    record Expected(String file, String failureClass, long keyLine, String location) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> logs() throws IOException {
        JsonNode all = new ObjectMapper().readTree(DIR.resolve("EXPECTED.json").toFile());
        List<Expected> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            out.add(new Expected(e.getKey(), v.get("class").asText(), v.get("key_line").asLong(),
                    v.has("location") ? v.get("location").asText() : null));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void classKeyLineAndLocationAreRead(Expected expected) throws IOException {
        FailureReport report = new FailureReader().read(DIR.resolve(expected.file()));

        Failure first = report.primary().orElseThrow();
        String all = report.failures().stream().map(f -> f.failureClass().code() + "@" + f.line() + "(" + f.symptom() + ")")
                .toList().toString();
        assertEquals(expected.failureClass(), first.failureClass().code(), all);
        assertEquals(expected.keyLine(), first.line(), all);
        if (expected.location() != null) {
            assertEquals(expected.location(), String.valueOf(first.sourceLocation()));
        }
    }

    private static Path locate() {
        for (Path p : List.of(Path.of("src/test/resources/failures-extra"), Path.of("app/src/test/resources/failures-extra"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("failures-extra not found");
    }
}
