package dev.wheelhouse.workflow.expr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionValuesTest {

    @Test
    void looseEqualityComparesStringsCaseInsensitively() {
        assertTrue(ExpressionValues.looseEquals("ubuntu-latest", "Ubuntu-Latest"));
        assertFalse(ExpressionValues.looseEquals("ubuntu-latest", "ubuntu-22.04"));
    }

    @Test
    void looseEqualityCoercesMixedTypesToNumbers() {
        assertTrue(ExpressionValues.looseEquals("3.10", 3.1));
        assertTrue(ExpressionValues.looseEquals("0x10", 16.0));
        assertTrue(ExpressionValues.looseEquals(null, 0.0));
        assertTrue(ExpressionValues.looseEquals(null, ""));
        assertTrue(ExpressionValues.looseEquals(null, false));
        assertTrue(ExpressionValues.looseEquals(true, 1.0));
        assertTrue(ExpressionValues.looseEquals(true, "1"));
        assertFalse(ExpressionValues.looseEquals("abc", 0.0));
        assertFalse(ExpressionValues.looseEquals(Double.NaN, Double.NaN));
    }

    @Test
    void objectsAndArraysAreEqualOnlyToThemselves() {
        List<Object> list = List.of("a");
        assertTrue(ExpressionValues.looseEquals(list, list));
        assertFalse(ExpressionValues.looseEquals(list, List.of("a")));
        assertFalse(ExpressionValues.looseEquals(Map.of("a", 1.0), "a"));
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({"3.1, 3.1", "3.10, 3.1", "10, 10", "0.1, 0.1", "1e15, 1E+15", "123456789012345, 123456789012345",
            "0.00001, 1E-05", "0.0001, 0.0001", "-2.5, -2.5", "1.23456789012345678, 1.23456789012346",
            "0.30000000000000004, 0.3", "100000000000000000000, 1E+20"})
    void numbersFormatLikeDotNetsG15(double value, String expected) {
        assertEquals(expected, ExpressionValues.formatNumber(value));
    }

    @Test
    void stringConversionFollowsGithub() {
        assertEquals("", ExpressionValues.toStringValue(null));
        assertEquals("true", ExpressionValues.toStringValue(true));
        assertEquals("0", ExpressionValues.toStringValue(-0.0));
        assertEquals("Array", ExpressionValues.toStringValue(List.of()));
        assertEquals("Object", ExpressionValues.toStringValue(Map.of()));
    }

    @Test
    void truthinessFollowsGithub() {
        assertFalse(ExpressionValues.isTruthy(""));
        assertFalse(ExpressionValues.isTruthy(0.0));
        assertFalse(ExpressionValues.isTruthy(Double.NaN));
        assertFalse(ExpressionValues.isTruthy(null));
        assertTrue(ExpressionValues.isTruthy("false"));
        assertTrue(ExpressionValues.isTruthy(List.of()));
    }
}
