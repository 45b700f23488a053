package dev.wheelhouse.workflow.expr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionEvaluatorTest {

    private static final ExpressionContext MATRIX = ExpressionContext.empty()
            .with("matrix", Map.of("os", "ubuntu-latest", "python", 3.1, "tag", "",
                    "buildplat", List.of("ubuntu-22.04", "manylinux_x86_64", ""),
                    "platform", Map.of("os", "linux", "runs-on", "ubuntu-latest")))
            .with("strategy", Map.of("job-index", 2.0, "job-total", 5.0));

    private static Object eval(String expression) throws ExpressionSyntaxException {
        return ExpressionEvaluator.evaluate(expression, MATRIX);
    }

    @Test
    void propertyAndIndexAccessReadTheMatrixCaseInsensitively() throws Exception {
        assertEquals("ubuntu-latest", eval("matrix.os"));
        assertEquals("ubuntu-latest", eval("matrix.OS"));
        assertEquals("manylinux_x86_64", eval("matrix.buildplat[1]"));
        assertEquals("ubuntu-latest", eval("matrix['platform']['runs-on']"));
        assertEquals("linux", eval("matrix.platform.os"));
    }

    @Test
    void anIndexPastTheEndOrAMissingPropertyIsNull() throws Exception {
        assertEquals(null, eval("matrix.buildplat[7]"));
        assertEquals(null, eval("matrix.nothing"));
        assertEquals(null, eval("matrix.nothing.deeper"));
    }

    @Test
    void orAndAndReturnOperandsNotBooleans() throws Exception {
        assertEquals("all", eval("matrix.tag || 'all'"));
        assertEquals("", eval("matrix.tag && format(' ({0})', matrix.tag) || ''"));
        assertEquals(" (ubuntu-latest)", eval("matrix.os && format(' ({0})', matrix.os) || ''"));
    }

    @Test
    void comparisonsUseLooseEquality() throws Exception {
        assertEquals(true, eval("matrix.python == '3.10'"));
        assertEquals(true, eval("matrix.os != 'windows-latest'"));
        assertEquals(true, eval("strategy.job-index < strategy.job-total"));
        assertEquals(false, eval("!matrix.os"));
    }

    @Test
    void formatJoinAndJsonFunctionsWork() throws Exception {
        assertEquals("ubuntu-latest-3.1 {x}", eval("format('{0}-{1} {{x}}', matrix.os, matrix.python)"));
        assertEquals("ubuntu-22.04 manylinux_x86_64 ", eval("join(matrix.buildplat, ' ')"));
        assertEquals("[\n  1,\n  \"a\"\n]", eval("toJSON(fromJSON('[1, \"a\"]'))"));
        assertEquals(12.0, ((List<?>) eval("fromJSON('[12, 14, 16]')")).get(0));
        assertEquals(true, eval("contains(fromJSON('[\"a\", \"b\"]'), 'B')"));
        assertEquals(true, eval("startsWith(matrix.os, 'UBUNTU')"));
        assertEquals("Linux", eval("case(matrix.os == 'ubuntu-latest', 'Linux', 'Other')"));
    }

    @Test
    void aWildcardMapsPropertyAccessOverAnArray() throws Exception {
        Object value = ExpressionEvaluator.evaluate("join(needs.*.result, ',')", ExpressionContext.empty()
                .with("needs", Map.of("a", Map.of("result", "success"))));
        assertEquals("success", value);
    }

    @Test
    void aContextTheEvaluationWasNotGivenIsUnknown() throws Exception {
        assertSame(Unknown.VALUE, eval("fromJSON(needs.setup.outputs.matrix)"));
        assertSame(Unknown.VALUE, eval("vars.PYTHONS"));
        assertEquals(true, eval("true || needs.x.outputs.y"), "a known true left side decides ||");
        assertEquals(false, eval("false && needs.x.outputs.y"), "a known false left side decides &&");
    }

    @Test
    void readingAnAssumedContextIsReported() throws Exception {
        ExpressionEvaluator evaluator = new ExpressionEvaluator(ExpressionContext.pushToBranch());
        assertEquals(true, evaluator.evaluate(ExpressionParser.parse("github.event_name == 'push'")));
        assertTrue(evaluator.readAssumedContext());
        ExpressionEvaluator literal = new ExpressionEvaluator(ExpressionContext.pushToBranch());
        literal.evaluate(ExpressionParser.parse("'a' == 'A'"));
        assertFalse(literal.readAssumedContext());
    }

    @Test
    void syntaxErrorsNameTheFault() {
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("matrix.os =="));
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("nosuchfunction(1)"));
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("format()"));
        assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse("'unterminated"));
    }

    @Test
    void aTemplateIsOneTypedValueOrAJoinedString() throws Exception {
        ExpressionTemplate single = ExpressionTemplate.parse("${{ matrix.buildplat }}");
        assertTrue(single.isSingleExpression());
        assertEquals(3, ((List<?>) single.evaluate(new ExpressionEvaluator(MATRIX))).size());
        ExpressionTemplate mixed = ExpressionTemplate.parse("build (${{ matrix.os }} ${{ matrix.python }})");
        assertEquals("build (ubuntu-latest 3.1)", mixed.evaluate(new ExpressionEvaluator(MATRIX)));
        assertEquals(java.util.Set.of("os", "python"), mixed.propertiesOf("matrix"));
    }

    @Test
    void aTemplateWithoutItsClosingBracesIsRefused() {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class,
                () -> ExpressionTemplate.parse("x ${{ matrix.os"));
        assertTrue(e.getMessage().contains("not closed"));
    }

    @Test
    void closingBracesInsideAStringLiteralDoNotEndTheExpression() throws Exception {
        ExpressionTemplate t = ExpressionTemplate.parse("${{ format('{0}}}', 'a') }}");
        assertEquals("a}", t.evaluate(new ExpressionEvaluator(MATRIX)));
    }
}
