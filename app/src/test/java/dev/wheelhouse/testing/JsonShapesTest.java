package dev.wheelhouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape comparison the payload tests rely on must itself catch what it claims to. */
class JsonShapesTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode tree(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void sameNamesAndTypesWithDifferentValuesAgree() throws Exception {
        assertEquals(java.util.List.of(), JsonShapes.differences(
                tree("{\"id\":1,\"name\":\"a\",\"steps\":[{\"n\":1}]}"),
                tree("{\"id\":99,\"name\":\"b\",\"steps\":[{\"n\":2},{\"n\":3}]}")));
    }

    @Test
    void missingExtraAndRetypedMembersAreEachReportedWithTheirPath() throws Exception {
        assertEquals(java.util.List.of(
                        "type $.id: expected integer, got string",
                        "missing $.jobs[].runner_name",
                        "extra $.jobs[].runner",
                        "extra $.more"),
                JsonShapes.differences(
                        tree("{\"id\":1,\"jobs\":[{\"runner_name\":\"x\"}]}"),
                        tree("{\"id\":\"1\",\"jobs\":[{\"runner\":\"x\"}],\"more\":true}")));
    }

    @Test
    void nullMatchesAnyTypeOnEitherSide() throws Exception {
        assertEquals(java.util.List.of(), JsonShapes.differences(
                tree("{\"conclusion\":null,\"runner_id\":5}"),
                tree("{\"conclusion\":\"success\",\"runner_id\":null}")));
    }
}
