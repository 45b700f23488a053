package dev.wheelhouse.workflow.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contexts an expression may read ({@code github}, {@code inputs}, {@code matrix}, …) as
 * expression data. A context that is absent is unknown: reading it makes the result
 * {@link Unknown}. Contexts marked <em>assumed</em> hold a stand-in (for example "a push to a
 * branch"), so a result that read them depends on the event.
 */
public final class ExpressionContext {

    private final Map<String, Object> values;
    private final Set<String> assumed;

    private ExpressionContext(Map<String, Object> values, Set<String> assumed) {
        this.values = Collections.unmodifiableMap(values);
        this.assumed = Collections.unmodifiableSet(assumed);
    }

    /** No contexts at all: every named value is unknown. */
    public static ExpressionContext empty() {
        return new ExpressionContext(new LinkedHashMap<>(), new LinkedHashSet<>());
    }

    /**
     * A push of {@code main} to a branch: {@code github.event_name == 'push'},
     * {@code github.ref == 'refs/heads/main'}, no inputs. Both contexts are assumed, so a
     * matrix that reads them reports that its count depends on the event. Other {@code github}
     * fields (the event payload, the repository), {@code needs} and {@code vars} stay unknown.
     */
    public static ExpressionContext pushToBranch() {
        Map<String, Object> github = new LinkedHashMap<>();
        github.put("event_name", "push");
        github.put("ref", "refs/heads/main");
        github.put("ref_name", "main");
        github.put("ref_type", "branch");
        github.put("base_ref", "");
        github.put("head_ref", "");
        return empty().withAssumed("github", KnownFields.of(github)).withAssumed("inputs", Map.of());
    }

    /** This context plus (or replacing) a known named value. */
    public ExpressionContext with(String name, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put(name, value);
        Set<String> a = new LinkedHashSet<>(assumed);
        a.remove(name);
        return new ExpressionContext(v, a);
    }

    /** This context plus a named value that stands in for the real one. */
    public ExpressionContext withAssumed(String name, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put(name, value);
        Set<String> a = new LinkedHashSet<>(assumed);
        a.add(name);
        return new ExpressionContext(v, a);
    }

    /** The value of a named context, case-insensitively; null when absent (see {@link #knows}). */
    public Object get(String name) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether the named context is present, even if its value is null. */
    public boolean knows(String name) {
        return values.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }

    public boolean isAssumed(String name) {
        return assumed.stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }

    public List<String> names() {
        return List.copyOf(values.keySet());
    }
}
