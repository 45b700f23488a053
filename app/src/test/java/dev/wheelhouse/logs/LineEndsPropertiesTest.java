package dev.wheelhouse.logs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word-at-a-time newline searches find what a plain byte loop finds, in any range. */
class LineEndsPropertiesTest {

    @Property(tries = 2000)
    void searchesAgreeWithAByteLoop(@ForAll("bytes") byte[] b, @ForAll double from, @ForAll double to) {
        int lo = (int) (Math.abs(from) % 1 * (b.length + 1));
        int hi = lo + (int) (Math.abs(to) % 1 * (b.length - lo + 1));
        int first = -1;
        for (int i = lo; i < hi && first < 0; i++) {
            first = b[i] == '\n' ? i : -1;
        }
        int last = -1;
        for (int i = hi - 1; i >= lo && last < 0; i--) {
            last = b[i] == '\n' ? i : -1;
        }
        assertEquals(first, LineEnds.newline(b, lo, hi));
        assertEquals(last, LineEnds.lastNewline(b, lo, hi));
    }

    /**
     * The search with anchors finds the same newline, and says whether a pair (either case) starts
     * before it, as a byte loop does: one pair, a doubled letter, two pairs.
     */
    @Property(tries = 5000)
    void anchoredSearchesAgreeWithAByteLoop(@ForAll("anchorText") byte[] b, @ForAll double from, @ForAll double to,
                                            @ForAll("anchorSets") List<String> anchors) {
        int lo = (int) (Math.abs(from) % 1 * (b.length + 1));
        int hi = lo + (int) (Math.abs(to) % 1 * (b.length - lo + 1));
        int newline = -1;
        for (int i = lo; i < hi && newline < 0; i++) {
            newline = b[i] == '\n' ? i : -1;
        }
        int end = newline < 0 ? hi : newline;
        boolean hit = false;
        for (int j = lo; j + 1 < end; j++) {
            for (String a : anchors) {
                hit |= (b[j] | 0x20) == a.charAt(0) && (b[j + 1] | 0x20) == a.charAt(1);
            }
        }
        LineEnds ends = new LineEnds(anchors);

        assertEquals(newline, ends.find(b, lo, hi));
        assertEquals(hit, ends.anchorHit(), () -> "anchors " + anchors + " in " + new String(b, lo, hi - lo,
                StandardCharsets.ISO_8859_1));
    }

    /**
     * One pair at every place of a 24-byte range, its newline at every place after it: a pair
     * that straddles two words, with the newline in the second, is found too.
     */
    @Example
    void aPairIsFoundWhereverItStandsBeforeTheNewline() {
        for (List<String> anchors : List.of(List.of("qu"), List.of("rr"), List.of("rr", "qu"), List.of("qu", "rr"))) {
            LineEnds ends = new LineEnds(anchors);
            String pair = anchors.contains("qu") ? "qU" : "Rr";
            for (int at = 0; at + 1 < 24; at++) {
                for (int nl = at + 2; nl <= 24; nl++) {
                    byte[] b = "xxxxxxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII);
                    b[at] = (byte) pair.charAt(0);
                    b[at + 1] = (byte) pair.charAt(1);
                    if (nl < 24) {
                        b[nl] = '\n';
                    }
                    assertEquals(nl < 24 ? nl : -1, ends.find(b, 0, 24));
                    assertEquals(true, ends.anchorHit(), anchors + ": pair at " + at + ", newline at " + nl);
                }
                byte[] cut = "xxxxxxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII);
                cut[at] = (byte) pair.charAt(0);
                cut[at + 1] = '\n';
                ends.find(cut, 0, 24);
                assertEquals(false, ends.anchorHit(), anchors + ": a newline splits the pair at " + at);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> anchorSets() {
        return Arbitraries.of(List.of(), List.of("qu"), List.of("rr"), List.of("rr", "qu"), List.of("ab", "ba"));
    }

    /** Text with the anchors' letters in both cases here and there, so a line often holds a single pair. */
    @Provide
    Arbitrary<byte[]> anchorText() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((byte) '\n')),
                Tuple.of(8, Arbitraries.of((byte) 'q', (byte) 'u', (byte) 'r', (byte) 'a', (byte) 'b', (byte) 'Q',
                        (byte) 'U', (byte) 'R', (byte) 'A', (byte) 'B')),
                Tuple.of(1, Arbitraries.of((byte) 0x51, (byte) 0xF1, (byte) 0xD2, (byte) 0x75, (byte) 0)),
                Tuple.of(60, Arbitraries.bytes().between((byte) 'c', (byte) 'p')),
                Tuple.of(3, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(200);
    }

    /** A vertical tab (0x0B, one above a newline) right above a newline fools the word test, not the search. */
    @Example
    void aVerticalTabAboveANewlineIsNoNewline() {
        byte[] b = {'a', 'b', '\n', 0x0B, 'c', 'd', 'e', 'f', 'g', 'h', 'i'};
        assertEquals(2, LineEnds.lastNewline(b, 0, b.length));
    }

    /** The multiply that stands in for numberOfTrailingZeros names each byte of a word, the top one too. */
    @Example
    void eachFlagBitNamesItsByte() {
        for (int k = 0; k < 8; k++) {
            assertEquals(k, LineEnds.byteOf(0x80L << (8 * k)), "byte " + k);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((byte) '\n')),
                Tuple.of(2, Arbitraries.of((byte) 0x0B, (byte) 0x8A, (byte) 0, (byte) 0xFF)),
                Tuple.of(60, Arbitraries.bytes().between((byte) 'a', (byte) 'z')),
                Tuple.of(10, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(300);
    }
}
