package dev.wheelhouse.cibw;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code pyproject.toml} tells cibuildwheel: {@code [project] requires-python} and the
 * options of {@code [tool.cibuildwheel]} and its per-platform tables
 * ({@code [tool.cibuildwheel.linux]} etc.). Option values are kept in the string form
 * cibuildwheel turns them into: a TOML array of selectors becomes one space-separated string,
 * booleans and numbers their Python {@code str()} (https://cibuildwheel.pypa.io/en/stable/configuration/).
 * Tables ({@code environment}, {@code config-settings}) and {@code overrides} are not kept: overrides
 * cannot change which wheels are built.
 *
 * @param source          the file's name, for messages
 * @param requiresPython  {@code [project] requires-python}, when present
 * @param options         {@code [tool.cibuildwheel]} options by name
 * @param platformOptions per-platform table options by platform, then name
 */
public record PyprojectConfig(String source, Optional<String> requiresPython, Map<String, String> options,
                              Map<Platform, Map<String, String>> platformOptions) {

    private static final TomlMapper TOML = new TomlMapper();

    public PyprojectConfig {
        options = Map.copyOf(options);
        Map<Platform, Map<String, String>> copy = new EnumMap<>(Platform.class);
        platformOptions.forEach((platform, values) -> copy.put(platform, Map.copyOf(values)));
        platformOptions = Collections.unmodifiableMap(copy);
    }

    /** A configuration with nothing in it, for a project without a {@code pyproject.toml}. */
    public static PyprojectConfig empty(String source) {
        return new PyprojectConfig(source, Optional.empty(), Map.of(), Map.of());
    }

    /**
     * Reads TOML text.
     *
     * @param source the file name shown in messages, e.g. {@code pyproject.toml}
     * @throws PyprojectException when the text is not TOML, with the line and column
     */
    public static PyprojectConfig parse(String text, String source) throws PyprojectException {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new PyprojectException(source + " is not valid TOML" + position + ": " + firstLine(e.getOriginalMessage())
                    + "; fix the file to see its wheels");
        }
        if (root == null || !root.isObject()) {
            return empty(source);
        }
        Optional<String> requiresPython = Optional.ofNullable(root.path("project").get("requires-python"))
                .filter(JsonNode::isValueNode).map(JsonNode::asText);
        JsonNode cibw = root.path("tool").path("cibuildwheel");
        Map<String, String> options = scalarOptions(cibw);
        Map<Platform, Map<String, String>> platformOptions = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            JsonNode table = cibw.get(platform.optionName());
            if (table != null && table.isObject()) {
                platformOptions.put(platform, scalarOptions(table));
            }
        }
        return new PyprojectConfig(source, requiresPython, options, platformOptions);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public Optional<String> platformOption(Platform platform, String name) {
        return Optional.ofNullable(platformOptions.getOrDefault(platform, Map.of()).get(name));
    }

    private static Map<String, String> scalarOptions(JsonNode table) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!table.isObject()) {
            return options;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = table.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            stringForm(field.getValue()).ifPresent(value -> options.put(field.getKey(), value));
        }
        return options;
    }

    private static Optional<String> stringForm(JsonNode value) {
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean() ? "True" : "False");
        }
        if (value.isNumber()) {
            return Optional.of(value.asText());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    return Optional.empty();
                }
                items.add(stringForm(item).orElse(""));
            }
            return Optional.of(String.join(" ", items));
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
