package dev.wheelhouse.cibw;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiresPythonTest {

    @ParameterizedTest(name = "''{0}'' allows 3.{1}: {2}")
    @CsvSource({
            "'>= 3.10',        9,  false",
            "'>= 3.10',        10, true",
            "'>=3.9',          9,  true",
            "'>3.9',           9,  true",
            "'>3.9.99',        9,  false",
            "'<3.13',          12, true",
            "'<3.13',          13, false",
            "'<=3.12',         12, false",
            "'<=3.12.99',      12, true",
            "'>=3.9, <3.14',   14, false",
            "'>=3.9, <3.14',   13, true",
            "'~=3.10',         15, true",
            "'~=3.10',         9,  false",
            "'~=3.10.0',       11, false",
            "'==3.*',          14, true",
            "'!=3.11.*',       11, false",
            "'!=3.11.*',       12, true",
            "'==3.12',         12, false",
    })
    void containsVersionXyNinetyNineAsCibuildwheelAsks(String specifier, int minor, boolean allowed) {
        assertEquals(allowed, RequiresPython.parse(specifier).allows(3, minor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.10", ">= three", "~=3", ">=3.*", "=>3.10"})
    void rejectsWhatIsNotASpecifierNamingTheClause(String specifier) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequiresPython.parse(specifier));

        assertTrue(e.getMessage().contains("requires-python"), e.getMessage());
    }
}
