package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlScalar;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the entries of an include/exclude list are written, read from the entries already there
 * (or from the other list), so a new entry looks like its neighbours: block {@code key: value}
 * lines, or one flow mapping {@code { key: value }} with the same brace spacing.
 */
record EntryStyle(boolean flowMapping, boolean spacedBraces) {

    static final EntryStyle BLOCK = new EntryStyle(false, false);

    static EntryStyle of(String text, YamlSequence list) {
        for (YamlNode item : list.items()) {
            if (item.resolved() instanceof YamlMapping m) {
                if (!m.flow()) {
                    return BLOCK;
                }
                String raw = text.substring(m.span().start(), Math.min(text.length(), m.span().start() + 2));
                return new EntryStyle(true, raw.equals("{ "));
            }
        }
        return list.flow() ? new EntryStyle(true, false) : BLOCK;
    }

    /** The entry as lines of a block mapping ({@code key: value} each). */
    static List<String> blockLines(Map<String, ValueLiteral> entry) {
        List<String> lines = new ArrayList<>();
        entry.forEach((k, v) -> lines.add(key(k) + ": " + v.text()));
        return lines;
    }

    /** The entry as one flow mapping. */
    String flow(Map<String, ValueLiteral> entry) {
        List<String> parts = new ArrayList<>();
        entry.forEach((k, v) -> parts.add(key(k) + ": " + v.text()));
        String inner = String.join(", ", parts);
        return spacedBraces ? "{ " + inner + " }" : "{" + inner + "}";
    }

    /** The lines an entry takes in a block list: several for block style, one for flow. */
    List<String> lines(Map<String, ValueLiteral> entry) {
        return flowMapping ? List.of(flow(entry)) : blockLines(entry);
    }

    static String key(String key) {
        return ValueLiteral.plainSafe(key) ? key : ValueLiteral.quote(key, '\'');
    }

    /** Quote character shared by every scalar item of a list, or 0 when they differ or are plain. */
    static char quoteOf(YamlSequence seq) {
        char found = 0;
        for (YamlNode item : seq.items()) {
            if (!(item.resolved() instanceof YamlScalar s)) {
                return 0;
            }
            char q = switch (s.style()) {
                case SINGLE_QUOTED -> '\'';
                case DOUBLE_QUOTED -> '"';
                default -> 0;
            };
            if (q == 0 || (found != 0 && found != q)) {
                return 0;
            }
            found = q;
        }
        return found;
    }
}
