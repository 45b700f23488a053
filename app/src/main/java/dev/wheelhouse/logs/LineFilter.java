package dev.wheelhouse.logs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which lines a scan wants decoded: those whose first visible text starts with one of a set of
 * phrases, and those holding an anchor: a pair of letters, case aside, found eight bytes at a time
 * while the reader looks for the line's end ({@code rr} is in every "error", and rare elsewhere).
 * Most lines of a log fail on their first byte and are never decoded. A filter may also
 * {@link #confirmedBy confirm} a line so found with a byte-level test of its own (does it hold
 * anything its reader uses?), which the parallel pass's workers then run instead of the reader's
 * thread. A filter is a pre-selection: the scan still decides what a line means.
 */
public final class LineFilter {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** At most this many anchors: each costs a few operations per eight bytes of every line. */
    public static final int MAX_ANCHORS = 2;

    private static final LineFilter EVERY_LINE = new LineFilter(List.of(), List.of(), true);

    private final List<String> phrases;
    private final List<String> anchors;
    private final Phrase[][] byFirstByte;
    private final boolean every;
    /** The test a line found by phrase or anchor must pass; null for none. */
    private final LineTest confirm;
    /** The filters a union is made of, when one of them confirms (a line is wanted when any part wants it). */
    private final List<LineFilter> parts;

    /** A byte-level test of a line's own text, {@code b[contentStart, end)}. */
    @FunctionalInterface
    public interface LineTest {
        boolean test(byte[] b, int contentStart, int end);
    }

    private record Phrase(byte[] bytes, long head, long headMask) {

        static Phrase of(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long head = 0;
            long mask = 0;
            for (int i = 0; i < Math.min(8, bytes.length); i++) {
                head |= (bytes[i] & 0xFFL) << (8 * i);
                mask |= 0xFFL << (8 * i);
            }
            return new Phrase(bytes, head, mask);
        }
    }

    private LineFilter(List<String> phrases, List<String> anchors, boolean every) {
        this(phrases, anchors, every, null, List.of());
    }

    private LineFilter(List<String> phrases, List<String> anchors, boolean every, LineTest confirm,
                       List<LineFilter> parts) {
        if (anchors.size() > MAX_ANCHORS) {
            throw new IllegalArgumentException("at most " + MAX_ANCHORS + " anchors, got " + anchors);
        }
        for (String a : anchors) {
            if (a.length() != 2 || a.chars().anyMatch(c -> c < 'a' || c > 'z')) {
                throw new IllegalArgumentException("an anchor is two lower-case ASCII letters, got '" + a + "'");
            }
        }
        for (String p : phrases) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("an empty phrase would match every line");
            }
        }
        this.phrases = List.copyOf(phrases);
        this.anchors = List.copyOf(anchors);
        this.byFirstByte = index(this.phrases);
        this.every = every;
        this.confirm = confirm;
        this.parts = List.copyOf(parts);
    }

    /**
     * @param phrases what a line's first visible text may start with (exact bytes)
     * @param anchors up to two letter pairs (lower case; matched in any case) a line may hold anywhere
     */
    public static LineFilter of(List<String> phrases, List<String> anchors) {
        return new LineFilter(phrases, anchors, false);
    }

    /** Every line: for a reader that wants them all (the viewer's index, a test). */
    public static LineFilter everyLine() {
        return EVERY_LINE;
    }

    /**
     * This filter, wanting only the lines its phrases or anchors find that also pass {@code test}:
     * a line the reader would pass over undecoded anyway is then never stopped at.
     */
    public LineFilter confirmedBy(LineTest test) {
        if (every || confirm != null || !parts.isEmpty()) {
            throw new IllegalStateException("only a plain filter is confirmed");
        }
        return new LineFilter(phrases, anchors, false, test, List.of());
    }

    /** Lines either filter wants: one scan serving two readers (sccache figures and failure reasons). */
    public LineFilter union(LineFilter other) {
        if (every || other.every) {
            return EVERY_LINE;
        }
        if (other == this) {
            return this;   // the same lines: a union would test a line's confirmation twice
        }
        Set<String> p = new LinkedHashSet<>(phrases);
        p.addAll(other.phrases);
        Set<String> a = new LinkedHashSet<>(anchors);
        a.addAll(other.anchors);
        if (!confirms() && !other.confirms()) {
            return new LineFilter(new ArrayList<>(p), new ArrayList<>(a), false);
        }
        List<LineFilter> all = new ArrayList<>(parts.isEmpty() ? List.of(this) : parts);
        all.addAll(other.parts.isEmpty() ? List.of(other) : other.parts);
        return new LineFilter(new ArrayList<>(p), new ArrayList<>(a), false, null, all);
    }

    /** Whether a line found by phrase or anchor is tested further. */
    boolean confirms() {
        return confirm != null || !parts.isEmpty();
    }

    /**
     * Whether this filter wants the line {@code b[content, end)} (its first visible character at
     * {@code body}): one of its phrases begins it or one of its anchors is in it, and it passes the
     * filter's test.
     */
    boolean wants(byte[] b, int content, int body, int end) {
        if (every) {
            return true;
        }
        if (!parts.isEmpty()) {
            for (LineFilter part : parts) {
                if (part.wants(b, content, body, end)) {
                    return true;
                }
            }
            return false;
        }
        return (startsWithPhrase(b, body, end) || holdsAnchor(b, content, end))
                && (confirm == null || confirm.test(b, content, end));
    }

    /** Whether a line the reader found by phrase or anchor passes the test of the part that found it. */
    boolean confirmed(byte[] b, int content, int body, int end) {
        if (confirm != null) {
            return confirm.test(b, content, end);
        }
        return parts.isEmpty() || wants(b, content, body, end);
    }

    private boolean holdsAnchor(byte[] b, int from, int to) {
        for (String anchor : anchors) {
            if (holdsPair(b, from, to, anchor)) {
                return true;
            }
        }
        return false;
    }

    boolean wantsEveryLine() {
        return every;
    }

    List<String> anchors() {
        return anchors;
    }

    /** Whether {@code b[s, end)} starts with one of the phrases. */
    boolean startsWithPhrase(byte[] b, int s, int end) {
        if (s >= end) {
            return false;
        }
        Phrase[] candidates = byFirstByte[b[s] & 0xFF];
        if (candidates == null) {
            return false;
        }
        if (end - s >= 8) {
            // One masked compare of the first eight bytes rejects nearly every candidate
            // ("Compiling" against "Compile requests"); only a match compares the rest.
            long word = (long) LONGS.get(b, s);
            for (Phrase phrase : candidates) {
                if ((word & phrase.headMask) == phrase.head
                        && (phrase.bytes.length <= 8 || startsWith(b, s, end, phrase.bytes))) {
                    return true;
                }
            }
            return false;
        }
        for (Phrase phrase : candidates) {
            if (startsWith(b, s, end, phrase.bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reader's current line starts with one of this filter's phrases (a reader may serve several filters). */
    public boolean phraseAt(LogReader line) {
        return startsWithPhrase(line.bytes(), line.bodyStart(), line.end());
    }

    /**
     * Whether this filter wants the reader's current line, which the reader may have stopped at for
     * another filter or because a consumer follows: {@link #wants}, answered at once when the
     * reader's own filter is this one and already said so.
     */
    public boolean wantedAt(LogReader line) {
        return line.wantedBy(this);
    }

    /** Whether the reader's current line holds one of this filter's anchors. */
    public boolean anchorIn(LogReader line) {
        return holdsAnchor(line.bytes(), line.bodyStart(), line.end());
    }

    /** Whether {@code b[from, to)} holds {@code anchor} (two letters, any case): the byte-wise check a word-wise hit is confirmed with. */
    static boolean holdsPair(byte[] b, int from, int to, String anchor) {
        byte first = (byte) anchor.charAt(0);
        byte second = (byte) anchor.charAt(1);
        for (int i = from; i + 1 < to; i++) {
            if ((b[i] | 0x20) == first && (b[i + 1] | 0x20) == second) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] b, int at, int end, byte[] phrase) {
        if (end - at < phrase.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (b[at + i] != phrase[i]) {
                return false;
            }
        }
        return true;
    }

    private static Phrase[][] index(List<String> phrases) {
        List<List<Phrase>> lists = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lists.add(new ArrayList<>());
        }
        for (String text : phrases) {
            Phrase phrase = Phrase.of(text);
            lists.get(phrase.bytes[0] & 0xFF).add(phrase);
        }
        Phrase[][] table = new Phrase[256][];
        for (int i = 0; i < 256; i++) {
            if (!lists.get(i).isEmpty()) {
                table[i] = lists.get(i).toArray(Phrase[]::new);
            }
        }
        return table;
    }

    @Override
    public String toString() {
        return every ? "every line" : "phrases " + phrases + ", anchors " + anchors.stream()
                .map(a -> a.toUpperCase(Locale.ROOT)).toList() + (confirms() ? ", confirmed" : "");
    }
}
