package dev.wheelhouse.workflow.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts nodes to plain data as GitHub reads them: null, Boolean, Double, String,
 * unmodifiable List and Map (keys in document order). Aliases are replayed as copies; the
 * reader has already bounded how much they can expand.
 */
public final class YamlData {

    private YamlData() {
    }

    public static Object toData(YamlNode node) {
        YamlNode n = node.resolved();
        if (n instanceof YamlScalar s) {
            return s.typed();
        }
        if (n instanceof YamlSequence q) {
            List<Object> list = new ArrayList<>(q.items().size());
            for (YamlNode item : q.items()) {
                list.add(toData(item));
            }
            return Collections.unmodifiableList(list);
        }
        YamlMapping m = (YamlMapping) n;
        Map<String, Object> map = new LinkedHashMap<>();
        for (YamlEntry e : m.entries()) {
            map.put(keyString(e.key()), toData(e.value()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** A key as GitHub reads it: the scalar's text (a non-scalar key becomes its raw text). */
    public static String keyString(YamlNode key) {
        YamlNode k = key.resolved();
        return k instanceof YamlScalar s ? s.value() : String.valueOf(toData(k));
    }

    /** The raw source text of a node (for block collections up to its content end). */
    public static String sourceOf(YamlNode node, SourceText source) {
        return source.text().substring(node.span().start(), Math.max(node.span().start(), node.contentEnd()));
    }
}
