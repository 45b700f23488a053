package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.expr.ExpressionValues;
import dev.wheelhouse.workflow.yaml.ScalarTyping;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlReader;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;
import dev.wheelhouse.workflow.yaml.YamlSyntaxException;

import java.util.List;
import java.util.Map;

/**
 * A value to write into a matrix: the YAML text as it will appear (so {@code 3.10} stays
 * {@code 3.10}, {@code '3.10'} keeps its quotes) and the value GitHub reads from it.
 */
public record ValueLiteral(String text, Object value) {

    /**
     * Reads a YAML scalar or flow collection as a user typed it: {@code 3.10} is the number
     * 3.1, {@code '3.10'} the string, {@code [a, b]} a list.
     *
     * @throws EditException when the text is not one YAML value
     */
    public static ValueLiteral parse(String yaml) throws EditException {
        String text = yaml.strip();
        if (text.isEmpty()) {
            return new ValueLiteral("''", "");
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw new EditException("A matrix value must be on one line: " + text.lines().findFirst().orElse(""));
        }
        try {
            YamlNode node = YamlReader.read("v: " + text + "\n").root()
                    .map(r -> ((YamlMapping) r).get("v").orElseThrow()).orElseThrow();
            if (node instanceof YamlScalar s && (s.style() == dev.wheelhouse.workflow.yaml.ScalarStyle.LITERAL
                    || s.style() == dev.wheelhouse.workflow.yaml.ScalarStyle.FOLDED)) {
                throw new EditException("Write the value " + text + " inline, without | or >");
            }
            if (!(node instanceof YamlScalar) && !(node instanceof YamlSequence q && q.flow())
                    && !(node instanceof YamlMapping m && m.flow())) {
                throw new EditException("'" + text + "' is not a single YAML value; quote it");
            }
            return new ValueLiteral(text, YamlData.toData(node));
        } catch (YamlSyntaxException | RuntimeException e) {
            throw new EditException("'" + text + "' is not a valid YAML value; quote it, for example '" + text.replace("'", "''") + "'");
        }
    }

    /** The canonical text for a value: plain when that reads back the same, else single-quoted. */
    public static ValueLiteral of(Object value) {
        return new ValueLiteral(render(value), value);
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Double d) {
            return d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : number(d);
        }
        if (value instanceof String s) {
            return plainSafe(s) ? s : quote(s, '\'');
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "").append(render(list.get(i)));
            }
            return out.append(']').toString();
        }
        Map<?, ?> map = (Map<?, ?>) value;
        StringBuilder out = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(i++ > 0 ? ", " : "").append(render(String.valueOf(e.getKey()))).append(": ").append(render(e.getValue()));
        }
        return out.append('}').toString();
    }

    private static String number(double d) {
        String s = ExpressionValues.formatNumber(d);
        // G15 may print 1E+20, which the core schema reads as a float too; keep it.
        return s;
    }

    /** Whether a string can be written plain, in block and flow context, and read back unchanged. */
    static boolean plainSafe(String s) {
        if (s.isEmpty() || !s.strip().equals(s) || ScalarTyping.plainWouldRetype(s)) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
                return false;
            }
        }
        return !s.contains(": ") && !s.contains(" #") && !s.endsWith(":") && !s.contains("${{");
    }

    /** The string written in the given quote style. */
    static String quote(String s, char quote) {
        if (quote == '\'' && s.chars().noneMatch(c -> c < 0x20)) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** This value written with the given quote style, when it is a plainly written string. */
    ValueLiteral quotedLike(char quote) {
        if (value instanceof String s && !text.startsWith("'") && !text.startsWith("\"")) {
            return new ValueLiteral(quote(s, quote), s);
        }
        return this;
    }

    @Override
    public String toString() {
        return text;
    }
}
