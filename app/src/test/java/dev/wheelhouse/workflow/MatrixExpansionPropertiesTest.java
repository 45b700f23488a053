package dev.wheelhouse.workflow;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** For generated matrices: jobs = cross-product combinations that survive exclude + includes that match none. */
class MatrixExpansionPropertiesTest {

    record Generated(Map<String, Object> matrix, Map<String, List<String>> vectors, List<Map<String, Object>> excludes,
                     List<Map<String, Object>> includes) {
    }

    @Provide
    Arbitrary<Generated> matrices() {
        Arbitrary<List<String>> values = Arbitraries.of("a", "b", "c", "d").list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Map<String, List<String>>> vectors = values.list().ofMinSize(1).ofMaxSize(3).map(lists -> {
            Map<String, List<String>> v = new LinkedHashMap<>();
            for (int i = 0; i < lists.size(); i++) {
                v.put("k" + i, lists.get(i));
            }
            return v;
        });
        return vectors.flatMap(v -> {
            Arbitrary<Map<String, Object>> filter = Arbitraries.subsetOf(v.keySet()).ofMinSize(1).flatMap(keys -> {
                List<String> ordered = new ArrayList<>(keys);
                return Arbitraries.of("a", "b", "c", "d").list().ofSize(ordered.size()).map(vals -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < ordered.size(); i++) {
                        m.put(ordered.get(i), vals.get(i));
                    }
                    return m;
                });
            });
            Arbitrary<Map<String, Object>> include = filter.flatMap(f -> Arbitraries.of("x", "y").map(extra -> {
                Map<String, Object> m = new LinkedHashMap<>(f);
                m.put("extra", extra);
                return m;
            }));
            return Combinators.combine(filter.list().ofMaxSize(3), include.list().ofMaxSize(3)).as((ex, in) -> {
                Map<String, Object> matrix = new LinkedHashMap<>(v);
                matrix.put("exclude", ex);
                matrix.put("include", in);
                return new Generated(matrix, v, ex, in);
            });
        });
    }

    @Property(tries = 300)
    void countIsSurvivingProductPlusUnmatchedIncludes(@ForAll("matrices") Generated g) {
        List<Map<String, Object>> survivors = new ArrayList<>();
        for (Map<String, Object> combo : product(g.vectors())) {
            boolean excluded = g.excludes().stream().anyMatch(e -> subsetOf(e, combo));
            if (!excluded) {
                survivors.add(combo);
            }
        }
        long unmatched = g.includes().stream().filter(in -> {
            Map<String, Object> filter = new LinkedHashMap<>(in);
            filter.remove("extra");
            return survivors.stream().noneMatch(s -> subsetOf(filter, s));
        }).count();
        long expected = survivors.size() + unmatched;
        MatrixExpansion x = MatrixExpander.expand(g.matrix());
        assertEquals(expected == 0 ? 1 : expected, x.jobs().size(), g.matrix().toString());
    }

    private static boolean subsetOf(Map<String, Object> filter, Map<String, Object> combo) {
        return filter.entrySet().stream().allMatch(e -> e.getValue().equals(combo.get(e.getKey())));
    }

    private static List<Map<String, Object>> product(Map<String, List<String>> vectors) {
        List<Map<String, Object>> result = new ArrayList<>(List.of(new LinkedHashMap<>()));
        for (Map.Entry<String, List<String>> v : vectors.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : result) {
                for (String value : v.getValue()) {
                    Map<String, Object> m = new LinkedHashMap<>(partial);
                    m.put(v.getKey(), value);
                    next.add(m);
                }
            }
            result = next;
        }
        return result;
    }
}
