package dev.wheelhouse.workflow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every case of samples/matrix-cases.json: combinations (in order where asserted), errors, names. */
class MatrixExpanderCasesTest {

    static Stream<MatrixCases.Case> cases() {
        return MatrixCases.all().stream();
    }

    static Stream<MatrixCases.Case> namedCases() {
        return cases().filter(c -> c.json().has("expected_names"));
    }

    private static JobMatrixReport report(MatrixCases.Case c) throws WorkflowParseException {
        WorkflowDocument doc = WorkflowDocument.parse(c.workflow());
        return JobMatrixReport.of(doc, doc.job("j").orElseThrow(), c.context());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expansionMatchesTheCase(MatrixCases.Case c) throws Exception {
        JobMatrixReport report = report(c);
        if (c.isError()) {
            assertTrue(report.hasErrors(), "expected an error, got " + report.expansion().combinations());
            String wording = c.json().path("expected_error").asText("");
            if (!wording.isEmpty()) {
                assertTrue(report.problems().stream().anyMatch(p -> p.isError() && p.message().equals(wording)),
                        "expected GitHub's wording '" + wording + "' in " + report.problems());
            }
            return;
        }
        assertFalse(report.hasErrors(), report.problems().toString());
        List<Object> expected = MatrixCases.expected(c);
        List<Object> actual = new ArrayList<>(report.expansion().combinations());
        if (!c.orderAsserted()) {
            expected.sort(Comparator.comparing(Object::toString));
            actual.sort(Comparator.comparing(Object::toString));
        }
        assertEquals(expected, actual);
        if (c.json().has("expected_count")) {
            assertEquals(c.json().get("expected_count").asInt(), report.expansion().count().getAsInt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void combinationsListVectorKeysFirstThenExtras(MatrixCases.Case c) throws Exception {
        if (c.isError() || !c.orderAsserted()) {
            return;
        }
        List<Object> expected = MatrixCases.expected(c);
        List<java.util.Map<String, Object>> actual = report(c).expansion().combinations();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(new ArrayList<>(((java.util.Map<?, ?>) expected.get(i)).keySet()),
                    new ArrayList<>(actual.get(i).keySet()), "key order of job " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedCases")
    void displayNamesMatchTheCase(MatrixCases.Case c) throws Exception {
        List<String> expected = new ArrayList<>();
        c.json().get("expected_names").forEach(n -> expected.add(n.asText()));
        assertEquals(expected, report(c).names());
    }
}
