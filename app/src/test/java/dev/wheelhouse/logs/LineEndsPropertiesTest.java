package dev.wheelhouse.logs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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
