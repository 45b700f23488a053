package dev.wheelhouse.workflow.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replace the chars {@code [start, end)} of a text with {@code text}. */
record Replacement(int start, int end, String text) {

    Replacement {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad replacement " + start + ".." + end);
        }
    }

    static Replacement insert(int at, String text) {
        return new Replacement(at, at, text);
    }

    static Replacement delete(int start, int end) {
        return new Replacement(start, end, "");
    }

    /** Applies non-overlapping replacements, last first so earlier offsets stay valid. */
    static String apply(String original, List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder out = new StringBuilder(original);
        int limit = Integer.MAX_VALUE;
        for (Replacement r : sorted) {
            if (r.end() > limit) {
                throw new IllegalStateException("overlapping replacements");
            }
            out.replace(r.start(), r.end(), r.text());
            limit = r.start();
        }
        return out.toString();
    }
}
