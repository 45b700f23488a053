package dev.wheelhouse.logs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LineFilterTest {

    /** Lines holding "rr" that also hold a colon: a stand-in for the failure reader's literal test. */
    private static final LineFilter ERRORS = LineFilter.of(List.of("##["), List.of("rr")).confirmedBy((b, from, to) -> {
        for (int i = from; i < to; i++) {
            if (b[i] == ':') {
                return true;
            }
        }
        return false;
    });
    private static final LineFilter STATS = LineFilter.of(List.of("Cache "), List.of("qu"));

    private static List<String> stops(String log, LineFilter filter) throws IOException {
        LogReader reader = new LogReader(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), filter);
        List<String> seen = new ArrayList<>();
        while (reader.next()) {
            seen.add(reader.content());
        }
        return seen;
    }

    @Test
    void aFilterJoinedWithItselfIsItself() {
        assertSame(ERRORS, ERRORS.union(ERRORS));
    }

    @Test
    void aConfirmedFilterStopsOnlyAtLinesItsTestPassesAndAUnionAtLinesEitherWants() throws IOException {
        String log = """
                Compiling thiserror v1.0
                error: mismatched types
                ##[group]Run cargo build
                Cache hits 12
                Requirement already satisfied
                """;
        assertEquals(List.of("error: mismatched types"), stops(log, ERRORS));
        assertEquals(List.of("error: mismatched types", "Cache hits 12", "Requirement already satisfied"),
                stops(log, ERRORS.union(STATS)));
    }
}
