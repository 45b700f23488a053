package dev.wheelhouse.sccache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code --stats-format=json} object into figures, also when the object was cut short:
 * it keeps every value read before the cut and treats an object the cut fell inside (a
 * {@code counts} map, say) as unknown rather than summing half of it.
 *
 * <p>Keys as sccache serialises {@code ServerInfo}/{@code ServerStats}
 * (<a href="https://github.com/mozilla/sccache/blob/main/src/server.rs">src/server.rs</a>).
 */
final class JsonStatsReader {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonStatsReader() {
    }

    /** Fills {@code b} from {@code json}; false if it holds no {@code stats} object. */
    static boolean read(String json, StatsBuilder b) {
        Set<JsonNode> incomplete = Collections.newSetFromMap(new IdentityHashMap<>());
        JsonNode root = parseLeniently(json, incomplete);
        if (root == null || !(root.get("stats") instanceof ObjectNode stats)) {
            return false;
        }
        b.compileRequests = count(stats, "compile_requests");
        b.requestsExecuted = count(stats, "requests_executed");
        b.timeouts = count(stats, "cache_timeouts");
        b.readErrors = count(stats, "cache_read_errors");
        b.writeErrors = count(stats, "cache_write_errors");
        b.compilationFailures = count(stats, "compile_fails");
        b.nonCacheableCalls = count(stats, "requests_not_cacheable");

        Map<String, Long> hits = counts(stats, "cache_hits", incomplete);
        Map<String, Long> misses = counts(stats, "cache_misses", incomplete);
        Map<String, Long> errors = counts(stats, "cache_errors", incomplete);
        b.hits = sum(hits);
        b.misses = sum(misses);
        b.errors = sum(errors);
        Set<String> languages = new LinkedHashSet<>();
        if (hits != null) {
            languages.addAll(hits.keySet());
        }
        if (misses != null) {
            languages.addAll(misses.keySet());
        }
        for (String language : languages) {
            b.languages.put(language, new LanguageStats(
                    valueOrZero(hits, language), valueOrZero(misses, language), valueOrZero(errors, language)));
        }
        if (stats.get("not_cached") instanceof ObjectNode reasons) {
            for (Map.Entry<String, JsonNode> e : reasons.properties()) {
                if (e.getValue().canConvertToExactIntegral()) {
                    b.nonCacheableReasons.put(e.getKey(), e.getValue().longValue());
                }
            }
        }
        JsonNode location = root.get("cache_location");
        if (location != null && location.isTextual() && !location.asText().isBlank()) {
            b.cacheLocation = CacheLocation.parse(location.asText());
        }
        JsonNode version = root.get("version");
        if (version != null && version.isTextual()) {
            b.version = version.asText();
        }
        return true;
    }

    /** A {@code counts} map of a per-language counter; null if absent or cut short. */
    private static Map<String, Long> counts(ObjectNode stats, String field, Set<JsonNode> incomplete) {
        JsonNode counter = stats.get(field);
        JsonNode counts = counter == null ? null : counter.get("counts");
        if (!(counts instanceof ObjectNode map) || incomplete.contains(map)) {
            return null;
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            if (!e.getValue().canConvertToExactIntegral()) {
                return null;
            }
            result.put(e.getKey(), e.getValue().longValue());
        }
        return result;
    }

    private static Long sum(Map<String, Long> counts) {
        return counts == null ? null : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A complete map lists every language with a non-zero count, so an absent one is 0. */
    private static Long valueOrZero(Map<String, Long> counts, String language) {
        return counts == null ? null : counts.getOrDefault(language, 0L);
    }

    private static Long count(ObjectNode stats, String field) {
        JsonNode node = stats.get(field);
        return node != null && node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
    }

    /**
     * Builds a tree from as many tokens as parse; containers still open when the input ends or
     * turns malformed go into {@code incomplete}.
     */
    private static JsonNode parseLeniently(String json, Set<JsonNode> incomplete) {
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        JsonNode root = null;
        String field = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonNode value;
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        if (open.isEmpty()) {
                            return root;
                        }
                        continue;
                    }
                    case START_OBJECT -> value = NODES.objectNode();
                    case START_ARRAY -> value = NODES.arrayNode();
                    case VALUE_NUMBER_INT -> value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(p.getDecimalValue());
                    case VALUE_STRING -> value = NODES.textNode(p.getText());
                    case VALUE_TRUE, VALUE_FALSE -> value = NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                    default -> value = NODES.nullNode();
                }
                if (open.isEmpty()) {
                    if (root != null || !(value instanceof ContainerNode<?>)) {
                        return root;
                    }
                    root = value;
                } else if (open.peek() instanceof ObjectNode object) {
                    object.set(field, value);
                } else {
                    ((ArrayNode) open.peek()).add(value);
                }
                if (value instanceof ContainerNode<?> container) {
                    open.push(container);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cut short or malformed: keep what was read, remember what was left open.
        }
        incomplete.addAll(open);
        return root;
    }
}
