package dev.wheelhouse.workflow;

import java.util.List;

/**
 * One {@code workflow_dispatch} input: its type is string, boolean, choice, number or
 * environment ({@code string} when not given); the default keeps its YAML type.
 */
public record DispatchInput(String name, String type, String description, boolean required,
                            Object defaultValue, List<String> options) {

    public DispatchInput {
        options = List.copyOf(options);
    }
}
