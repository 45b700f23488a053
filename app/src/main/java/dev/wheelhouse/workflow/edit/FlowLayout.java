package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a flow collection ({@code [a, b]} or {@code {k: v}}): its brackets and the
 * slot of each item. Edits reuse the separators already between items, so a multi-line list
 * with a trailing comma stays that way.
 */
final class FlowLayout {

    private final SourceText source;
    private final int open;
    private final int close;
    private final List<int[]> slots;

    private FlowLayout(SourceText source, int open, int close, List<int[]> slots) {
        this.source = source;
        this.open = open;
        this.close = close;
        this.slots = slots;
    }

    static FlowLayout of(SourceText source, YamlSequence seq) {
        List<int[]> slots = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            slots.add(new int[] {item.span().start(), item.contentEnd()});
        }
        return of(source, seq, '[', slots);
    }

    static FlowLayout of(SourceText source, YamlMapping map) {
        List<int[]> slots = new ArrayList<>();
        for (YamlEntry e : map.entries()) {
            slots.add(new int[] {e.key().span().start(), Math.max(e.key().contentEnd(), e.value().contentEnd())});
        }
        return of(source, map, '{', slots);
    }

    private static FlowLayout of(SourceText source, YamlNode node, char bracket, List<int[]> slots) {
        String text = source.text();
        int open = text.indexOf(bracket, node.span().start());
        int close = node.span().end() - 1;
        return new FlowLayout(source, open, close, slots);
    }

    int size() {
        return slots.size();
    }

    String itemText(int i) {
        return source.text().substring(slots.get(i)[0], slots.get(i)[1]);
    }

    /** The text between items {@code i} and {@code i + 1}. */
    private String separator(int i) {
        return source.text().substring(slots.get(i)[1], slots.get(i + 1)[0]);
    }

    /** A separator for a list of one item: a line break and indent when the list spans lines. */
    private String defaultSeparator() {
        if (slots.isEmpty()) {
            return ", ";
        }
        String before = source.text().substring(open + 1, slots.get(0)[0]);
        if (before.contains("\n") || before.contains("\r")) {
            int start = slots.get(0)[0];
            return "," + source.lineBreak() + source.text().substring(source.lineStart(source.lineOf(start)), start);
        }
        return ", ";
    }

    Replacement insert(int index, String item) {
        int n = slots.size();
        if (n == 0) {
            return Replacement.insert(open + 1, item);
        }
        if (index < 0 || index >= n) {
            String sep = n >= 2 ? separator(n - 2) : defaultSeparator();
            return Replacement.insert(slots.get(n - 1)[1], sep + item);
        }
        String sep = n >= 2 ? separator(Math.min(index, n - 2)) : defaultSeparator();
        return Replacement.insert(slots.get(index)[0], item + sep);
    }

    Replacement remove(int index) {
        int n = slots.size();
        if (n == 1) {
            return Replacement.delete(open + 1, close);
        }
        if (index < n - 1) {
            return Replacement.delete(slots.get(index)[0], slots.get(index + 1)[0]);
        }
        return Replacement.delete(slots.get(n - 2)[1], slots.get(n - 1)[1]);
    }

    Replacement replace(int index, String item) {
        return new Replacement(slots.get(index)[0], slots.get(index)[1], item);
    }

    /** Moves an item by rewriting the item slots in their new order; separators stay put. */
    List<Replacement> move(int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            texts.add(itemText(i));
        }
        texts.add(to, texts.remove(from));
        List<Replacement> result = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!texts.get(i).equals(itemText(i))) {
                result.add(replace(i, texts.get(i)));
            }
        }
        return result;
    }
}
