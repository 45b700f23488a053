package dev.wheelhouse.ui.theme;

import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The app's stylesheet parses without an error. JavaFX only logs a parse error and drops the rules
 * after it, so a lost brace silently undoes the styles that follow (a merge once cost the tool
 * bars' coloured buttons their colour this way).
 */
class StylesheetTest {

    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        URL sheet = Objects.requireNonNull(StylesheetTest.class.getResource("/wheelhouse/css/wheelhouse.css"));
        CssParser.errorsProperty().clear();
        var stylesheet = new CssParser().parse(sheet);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertFalse(stylesheet.getRules().isEmpty(), "the sheet has rules");
    }

    /** JavaFX loads wheelhouse.bss instead of wheelhouse.css: the build must have made it from this .css. */
    @Test
    void theBinaryStylesheetHasEveryRuleOfTheCss() throws Exception {
        URL sheet = Objects.requireNonNull(StylesheetTest.class.getResource("/wheelhouse/css/wheelhouse.css"));
        URL binary = Objects.requireNonNull(StylesheetTest.class.getResource("/wheelhouse/css/wheelhouse.bss"),
                "wheelhouse.bss is made by the build (mvn process-classes)");
        assertEquals(describe(new CssParser().parse(sheet)), describe(Stylesheet.loadBinary(binary)));
    }

    /** Each rule as its selectors and its declarations' properties and values. */
    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? "!" : "") + "=" + render(d.getParsedValue())).toList())
                .toList();
    }

    /** A parsed value all the way down (ParsedValue's own toString prints a nested array as its address). */
    private static String render(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return (parsed.isContainsLookups() ? "lookup " : "") + render(parsed.getValue()) + " as " + parsed.getConverter();
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(StylesheetTest::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
