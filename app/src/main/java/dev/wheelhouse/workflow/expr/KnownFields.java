package dev.wheelhouse.workflow.expr;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable object of which only some fields are known: reading a field it does not list
 * gives {@link Unknown} rather than null. The stand-in {@code github} context of "a push to a
 * branch" is one: {@code github.event_name} is known, {@code github.event.inputs} or
 * {@code github.repository} are not.
 */
public final class KnownFields extends AbstractMap<String, Object> {

    private final Map<String, Object> fields;

    private KnownFields(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Map<String, Object> of(Map<String, Object> fields) {
        return new KnownFields(fields);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields.entrySet();
    }

    /** Whether reading {@code key} off {@code map} is unknown rather than null. */
    static boolean unknownField(Map<?, ?> map, String key) {
        return map instanceof KnownFields
                && map.keySet().stream().noneMatch(k -> k instanceof String s && s.equalsIgnoreCase(key));
    }
}
