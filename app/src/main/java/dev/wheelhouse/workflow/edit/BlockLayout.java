package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a block collection: each element (a {@code - item} or a {@code key: value}) owns
 * the whole lines from its first character to the end of its last line, including a comment
 * on that line. Comment and blank lines between elements stay where they are.
 */
final class BlockLayout {

    private final SourceText source;
    /** Per element: first char (dash or key), content start, content end. */
    private final List<int[]> elements;
    private final boolean sequence;

    private BlockLayout(SourceText source, List<int[]> elements, boolean sequence) {
        this.source = source;
        this.elements = elements;
        this.sequence = sequence;
    }

    static BlockLayout of(SourceText source, YamlSequence seq) {
        List<int[]> elements = new ArrayList<>();
        String text = source.text();
        for (YamlNode item : seq.items()) {
            int start = item.span().start();
            int dash = start - 1;
            while (dash > 0 && text.charAt(dash) != '-') {
                dash--;
            }
            elements.add(new int[] {dash, start, Math.max(start, item.contentEnd())});
        }
        return new BlockLayout(source, elements, true);
    }

    static BlockLayout of(SourceText source, YamlMapping map) {
        List<int[]> elements = new ArrayList<>();
        for (YamlEntry e : map.entries()) {
            int start = e.key().span().start();
            elements.add(new int[] {start, start, Math.max(e.key().contentEnd(), e.value().contentEnd())});
        }
        return new BlockLayout(source, elements, false);
    }

    int size() {
        return elements.size();
    }

    int blockStart(int i) {
        return source.lineStart(source.lineOf(elements.get(i)[0]));
    }

    int blockEnd(int i) {
        int[] e = elements.get(i);
        int last = Math.max(e[1], e[2] - 1);
        return source.lineEndWithBreak(source.lineOf(last));
    }

    /** The spaces before the element's first char (its indentation). */
    String indent(int i) {
        return " ".repeat(elements.get(i)[0] - blockStart(i));
    }

    /** For a sequence: the text from the dash to the item's content, e.g. {@code "- "}. */
    String dashPrefix(int i) {
        int[] e = elements.get(i);
        String between = source.text().substring(e[0], e[1]);
        return between.contains("\n") || between.contains("\r") ? "- " : between;
    }

    /** The element's lines as text, for moving it. */
    String blockText(int i) {
        return source.text().substring(blockStart(i), blockEnd(i));
    }

    /**
     * Lines for a new element, each relative to the element's first char: for a sequence item
     * the first line is its content (the dash is added), further lines are indented under it.
     */
    String render(int like, List<String> lines) {
        String indent = indent(like);
        String dash = sequence ? dashPrefix(like) : "";
        String hang = " ".repeat(dash.length());
        String eol = source.lineBreak();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            out.append(indent).append(k == 0 ? dash : hang).append(lines.get(k)).append(eol);
        }
        return out.toString();
    }

    Replacement insert(int index, List<String> lines) {
        int n = elements.size();
        if (index == 0) {
            return Replacement.insert(blockStart(0), render(0, lines));
        }
        if (index > 0 && index < n) {
            // Right after the previous element: comment lines above the next one stay with it.
            return Replacement.insert(blockEnd(index - 1), render(index, lines));
        }
        String rendered = render(n - 1, lines);
        int at = blockEnd(n - 1);
        if (!endsWithBreak(at)) {
            String eol = source.lineBreak();
            return Replacement.insert(at, eol + rendered.substring(0, rendered.length() - eol.length()));
        }
        return Replacement.insert(at, rendered);
    }

    Replacement remove(int index) {
        int start = blockStart(index);
        int end = blockEnd(index);
        if (!endsWithBreak(end) && start > 0) {
            start = breakBefore(start);
        }
        return Replacement.delete(start, end);
    }

    /** Replaces an element's content (after its dash, or its key onwards), keeping its line start. */
    Replacement replaceContent(int index, String content) {
        int[] e = elements.get(index);
        return new Replacement(e[1], e[2], content);
    }

    /** Moves whole element blocks (with their trailing comments); lines between elements stay. */
    Replacement move(int from, int to) {
        int n = elements.size();
        int regionStart = blockStart(0);
        int regionEnd = blockEnd(n - 1);
        boolean lastHasBreak = endsWithBreak(regionEnd);
        String eol = source.lineBreak();
        List<String> blocks = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String block = blockText(i);
            blocks.add(i == n - 1 && !lastHasBreak ? block + eol : block);
            gaps.add(i == 0 ? "" : source.text().substring(blockEnd(i - 1), blockStart(i)));
        }
        blocks.add(to, blocks.remove(from));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(gaps.get(i)).append(blocks.get(i));
        }
        String result = lastHasBreak ? out.toString() : out.substring(0, out.length() - eol.length());
        return new Replacement(regionStart, regionEnd, result);
    }

    private boolean endsWithBreak(int offset) {
        if (offset == 0) {
            return true;
        }
        char c = source.text().charAt(offset - 1);
        return c == '\n' || c == '\r';
    }

    private int breakBefore(int lineStart) {
        int p = lineStart;
        if (p > 0 && source.text().charAt(p - 1) == '\n') {
            p--;
        }
        if (p > 0 && source.text().charAt(p - 1) == '\r') {
            p--;
        }
        return p;
    }
}
