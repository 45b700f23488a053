package dev.wheelhouse.ui.logs;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LogSectionsTest {

    private static LogSections of(String... lines) throws Exception {
        return LogSections.of(i -> lines[i], lines.length, () -> false);
    }

    private static List<List<Integer>> spans(LogSections s) {
        return java.util.stream.IntStream.range(0, s.starts().length)
                .mapToObj(i -> List.of(s.starts()[i], s.ends()[i])).toList();
    }

    @Test
    void aStepRunsFromItsHeaderToTheNextStepsHeaderSoFoldingItHidesItsOutput() throws Exception {
        LogSections s = of(
                "\uFEFF2024-03-01T12:00:00.0000000Z Current runner version: '2.321.0'",
                "2024-03-01T12:00:00.0000000Z ##[group]Run actions/checkout@v4",
                "2024-03-01T12:00:00.0000000Z with:",
                "2024-03-01T12:00:00.0000000Z ##[endgroup]",
                "2024-03-01T12:00:01.0000000Z Syncing repository",
                "2024-03-01T12:00:01.0000000Z ##[group]Fetching the repository",
                "2024-03-01T12:00:02.0000000Z ##[endgroup]",
                "2024-03-01T12:00:03.0000000Z \u001b[36;1m##[group]Run pypa/cibuildwheel@v3.2.0\u001b[0m",
                "2024-03-01T12:00:04.0000000Z Building cp312 wheel",
                "2024-03-01T12:00:05.0000000Z Post job cleanup.",
                "2024-03-01T12:00:06.0000000Z Cleaning up orphan processes");
        assertEquals(List.of(List.of(1, 6), List.of(7, 8), List.of(9, 9), List.of(10, 10)), spans(s));
    }

    @Test
    void withoutStepHeadersAGroupRunsFromItsGroupLineToItsEndgroupBehindStampsAndTheByteOrderMark() throws Exception {
        LogSections s = of(
                "\uFEFF2024-03-01T12:00:00.0000000Z ##[group]Fetching the repository",
                "2024-03-01T12:00:00.0000000Z with:",
                "2024-03-01T12:00:00.0000000Z ##[endgroup]",
                "2024-03-01T12:00:01.0000000Z plain",
                "2024-03-01T12:00:02.0000000Z ##[group]Building",
                "2024-03-01T12:00:03.0000000Z building",
                "2024-03-01T12:00:04.0000000Z ##[endgroup]");
        assertEquals(List.of(List.of(0, 2), List.of(4, 6)), spans(s));
    }

    @Test
    void aSectionLeftOpenEndsWhereTheNextBeginsOrAtTheLastLineAndAStrayEndgroupIsALine() throws Exception {
        LogSections s = of("##[endgroup]", "##[group]a", "x", "##[group]b", "y", "z");
        assertEquals(List.of(List.of(1, 2), List.of(3, 5)), spans(s));
        assertEquals("[1, 3]", Arrays.toString(s.starts()));
    }

    @Test
    void aLogWithoutSectionsHasNone() throws Exception {
        assertSame(LogSections.NONE, of("a", "b"));
    }
}
