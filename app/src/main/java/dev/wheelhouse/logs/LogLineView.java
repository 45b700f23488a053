package dev.wheelhouse.logs;

import java.nio.charset.StandardCharsets;

/**
 * The line a {@link LogReader} stands at: where its bytes, its own text and its first visible
 * character are in the reader's buffer, its number, and its text decoded on demand.
 */
abstract class LogLineView {

    final byte[] buf;
    int start;
    int contentStart;
    int bodyStart;
    int end;
    long number;
    boolean cut;
    boolean terminated;
    boolean phraseHit;
    boolean anchorHit;

    LogLineView(byte[] buf) {
        this.buf = buf;
    }

    public byte[] bytes() {
        return buf;
    }

    /** Offset of the current line's first byte in {@link #bytes()}. */
    public int start() {
        return start;
    }

    /** Where the line's own text begins: after GitHub's and a syslog timestamp. */
    public int contentStart() {
        return contentStart;
    }

    /** Where its first visible character is: past blanks, colour codes and a docker step prefix too. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Just past the line's last byte, a trailing CR and NULs excluded. */
    public int end() {
        return end;
    }

    /** 1-based number of the current line, counting every line of the stream. */
    public long number() {
        return number;
    }

    /** The line was longer than the limit and ends where it was cut. */
    public boolean cut() {
        return cut;
    }

    /**
     * The line ended with a newline: false for a line cut at the length limit and for a last line
     * the stream ended in, which a broken download may have cut mid-word.
     */
    public boolean terminated() {
        return terminated;
    }

    /** The line's first visible text starts with one of the filter's phrases. */
    public boolean phraseMatched() {
        return phraseHit;
    }

    /** The line holds one of the filter's anchors (may be spuriously true on a cut line, never falsely false). */
    public boolean anchorMatched() {
        return anchorHit;
    }

    /** The line's own text, decoded leniently as UTF-8, without colour codes and NULs. */
    public String content() {
        return decode(contentStart, end);
    }

    /**
     * The first {@code maxBytes} bytes of the line's own text, decoded as {@link #content()} does:
     * for a reader that judges a line by its start and need not decode a minified megabyte.
     */
    public String content(int maxBytes) {
        return decode(contentStart, Math.min(end, contentStart + Math.max(0, maxBytes)));
    }

    /** The whole line as it stands in the log, timestamp included (colour codes too). */
    public String raw() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether the line's visible text holds {@code phrase} (bytes, exact case). */
    public boolean holds(byte[] phrase) {
        int last = end - phrase.length;
        for (int i = bodyStart; i <= last; i++) {
            if (buf[i] == phrase[0] && LineFilter.startsWith(buf, i, end, phrase)) {
                return true;
            }
        }
        return false;
    }

    final String decode(int from, int to) {
        return decode(buf, from, to);
    }

    /** {@code b[from, to)} decoded leniently as UTF-8, without colour codes and NULs. */
    static String decode(byte[] b, int from, int to) {
        return Ansi.strip(new String(b, from, Math.max(0, to - from), StandardCharsets.UTF_8));
    }
}
