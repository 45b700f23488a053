package dev.wheelhouse.ui.theme;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Objects;

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
}
