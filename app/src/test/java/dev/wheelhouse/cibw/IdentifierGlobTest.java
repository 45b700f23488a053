package dev.wheelhouse.cibw;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierGlobTest {

    @ParameterizedTest(name = "''{0}'' matches {1}: {2}")
    @CsvSource({
            "cp310-*,                          cp310-macosx_arm64,        true",
            "cp310-*,                          cp3100-macosx_arm64,       false",
            "cp314-*,                          cp314t-manylinux_x86_64,   false",
            "cp31?t-*,                         cp314t-manylinux_x86_64,   true",
            "*-musllinux*,                     cp312-musllinux_aarch64,   true",
            "pp*,                              pp311-win_amd64,           true",
            "*_i686,                           cp312-manylinux_i686,      true",
            "'cp3{10,11}-*',                   cp311-win_amd64,           true",
            "'cp3{10,11}-*',                   cp312-win_amd64,           false",
            "cp3{10..12}-*,                    cp312-win_amd64,           true",
            "'cp3{8,9}-* pp3{8,9}-*',            pp39-manylinux_x86_64,     true",
            "'cp39-manylinux_{aarch64,ppc64le}', cp39-manylinux_ppc64le,    true",
            "'cp3{1{0,1},9}-*',                  cp311-win32,               true",
            "cp31[0-2]-*,                      cp311-win32,               true",
            "cp31[!0-2]-*,                     cp311-win32,               false",
            "*manylinux*,                      cp312-manylinux_x86_64,    true",
            "cp312*manylinux*,                 cp312-musllinux_x86_64,    false",
            "cp*win32,                         cp313-win32,               true",
            "{x},                              {x},                       true",
    })
    void matchesAsFnmatchWithBraceExpansion(String selector, String identifier, boolean expected) {
        assertEquals(expected, IdentifierGlob.compile(selector, false).matches(identifier));
    }

    @Test
    void anEmptySelectorMatchesNothing() {
        IdentifierGlob empty = IdentifierGlob.compile("  ", false);

        assertTrue(empty.isEmpty());
        assertFalse(empty.matches("cp312-win_amd64"));
    }

    @Test
    void matchingFoldsCaseOnlyWhenCibuildwheelRunsOnWindows() {
        assertFalse(IdentifierGlob.compile("CP312-*", false).matches("cp312-win_amd64"));
        assertTrue(IdentifierGlob.compile("CP312-*", true).matches("cp312-win_amd64"));
    }

    @Test
    void numericRangesCountDownAndStep() {
        assertEquals(List.of("cp312", "cp311", "cp310"), IdentifierGlob.expandBraces("cp3{12..10}"));
        assertEquals(List.of("a1", "a3", "a5"), IdentifierGlob.expandBraces("a{1..5..2}"));
    }

    @Test
    void aRunawayRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IdentifierGlob.compile("cp{1..99999999}", false));
    }

    @Property
    void everyCatalogIdentifierMatchesItselfAndStar(@ForAll("identifiers") String identifier) {
        assertTrue(IdentifierGlob.compile(identifier, false).matches(identifier));
        assertTrue(IdentifierGlob.compile("*", false).matches(identifier));
        String prefix = identifier.substring(0, identifier.indexOf('-') + 1);
        assertTrue(IdentifierGlob.compile(prefix + "*", false).matches(identifier));
    }

    @Provide
    Arbitrary<String> identifiers() {
        ReleaseModel model = ReleaseModels.bundled().model(new CibuildwheelRelease(3, 2, 0)).orElseThrow();
        List<String> all = model.catalogs().stream().flatMap(c -> c.builds().stream())
                .map(b -> b.identifier().toString()).distinct().toList();
        return Arbitraries.of(all);
    }
}
