package dev.wheelhouse.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wheelhouse.testing.Samples;
import dev.wheelhouse.workflow.expr.ExpressionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shared matrix cases (samples/matrix-cases.json) turned into workflows, as the conformance check does. */
final class MatrixCases {

    static final ObjectMapper JSON = new ObjectMapper();

    record Case(String name, JsonNode json) {
        @Override
        public String toString() {
            return name;
        }

        boolean isError() {
            return json.get("expected").isNull();
        }

        boolean orderAsserted() {
            return json.path("order_asserted").asBoolean(false);
        }

        /** A one-job workflow whose matrix is the case's JSON (JSON is YAML flow syntax). */
        String workflow() {
            String name = json.hasNonNull("job_name") ? "    name: " + json.get("job_name") + "\n" : "";
            return "on: push\njobs:\n  j:\n" + name + "    runs-on: ubuntu-latest\n    strategy:\n      matrix: "
                    + json.get("matrix") + "\n    steps:\n      - run: echo\n";
        }

        ExpressionContext context() {
            ExpressionContext context = ExpressionContext.pushToBranch();
            if (json.has("context")) {
                Map<String, Object> given = JSON.convertValue(json.get("context"), Map.class);
                for (Map.Entry<String, Object> e : given.entrySet()) {
                    context = context.with(e.getKey(), numbersAsDoubles(e.getValue()));
                }
            }
            return context;
        }
    }

    private MatrixCases() {
    }

    static List<Case> all() {
        try {
            JsonNode root = JSON.readTree(Samples.matrixCases().toFile());
            List<Case> cases = new ArrayList<>();
            root.forEach(c -> cases.add(new Case(c.get("name").asText(), c)));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON as expression data: every number a Double, as GitHub's are. */
    static Object numbersAsDoubles(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), numbersAsDoubles(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(MatrixCases::numbersAsDoubles).toList();
        }
        return value;
    }

    /** Expected combinations from the JSON, as expression data. */
    static List<Object> expected(Case c) {
        List<Object> expected = new ArrayList<>();
        c.json().get("expected").forEach(e -> expected.add(numbersAsDoubles(JSON.convertValue(e, Object.class))));
        return expected;
    }
}
