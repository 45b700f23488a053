package dev.wheelhouse.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.workflow.DispatchInput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a dispatch's {@code inputs} against the workflow's {@code workflow_dispatch} inputs at
 * the dispatched ref, with GitHub's 422 messages (samples/github-api/DOCUMENTED.md, section 5),
 * and types them as the {@code inputs} context does: booleans and numbers as such, the rest as
 * strings, defaults filled in.
 */
final class DispatchInputs {

    static final String DOCS = "https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event";
    private static final int MAX_INPUTS = 25;

    private DispatchInputs() {
    }

    static Map<String, Object> check(List<DispatchInput> declared, JsonNode given) {
        Map<String, String> provided = new LinkedHashMap<>();
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw ApiException.unprocessable("Invalid request.\n\nFor 'properties/inputs', " + given
                        + " is not an object.", DOCS);
            }
            if (given.size() > MAX_INPUTS) {
                throw ApiException.unprocessable("Invalid request.\n\nFor 'properties/inputs', there are more than "
                        + MAX_INPUTS + " properties.", DOCS);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                provided.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String name : provided.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(name))) {
                unexpected.add("\"" + name + "\"");
            }
        }
        if (!unexpected.isEmpty()) {
            throw ApiException.unprocessable("Unexpected inputs provided: [" + String.join(", ", unexpected) + "]", DOCS);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (DispatchInput input : declared) {
            String value = provided.get(input.name());
            if (value == null && input.defaultValue() != null) {
                value = String.valueOf(input.defaultValue());
            }
            if (value == null && input.required()) {
                throw ApiException.unprocessable("Required input '" + input.name() + "' not provided", DOCS);
            }
            typed.put(input.name(), typed(input, value));
        }
        return typed;
    }

    private static Object typed(DispatchInput input, String value) {
        String type = input.type() == null ? "string" : input.type().toLowerCase(Locale.ROOT);
        switch (type) {
            case "boolean" -> {
                if (value == null) {
                    return false;
                }
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw ApiException.unprocessable("Provided value '" + value + "' for input '" + input.name()
                            + "' is not a valid boolean", DOCS);
                }
                return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
            }
            case "number" -> {
                if (value == null) {
                    return 0.0;
                }
                try {
                    return Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw ApiException.unprocessable("Provided value '" + value + "' for input '" + input.name()
                            + "' is not a valid number", DOCS);
                }
            }
            case "choice" -> {
                if (value != null && !input.options().isEmpty() && !input.options().contains(value)) {
                    throw ApiException.unprocessable("Provided value '" + value + "' for input '" + input.name()
                            + "' not in the list of allowed values", DOCS);
                }
                return value == null ? "" : value;
            }
            default -> {
                return value == null ? "" : value;
            }
        }
    }
}
