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
    void aSectionRunsFromItsGroupLineToItsEndgroupBehindStampsColourAndTheByteOrderMark() throws Exception {
        LogSections s = of(
                "\uFEFF2024-03-01T12:00:00.0000000Z ##[group]Run actions/checkout@v4",
                "2024-03-01T12:00:00.0000000Z with:",
                "2024-03-01T12:00:00.0000000Z ##[endgroup]",
                "2024-03-01T12:00:01.0000000Z plain",
                "2024-03-01T12:00:02.0000000Z \u001b[36;1m##[group]Run cibuildwheel\u001b[0m".replace("\u001b[36;1m", ""),
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
