package dev.wheelhouse.logs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a log line by line through one fixed buffer and stops only at the lines a
 * {@link LineFilter} wants (or at every line while {@link #follow following}); the others are
 * counted and passed over without being decoded. For each line it knows where the raw line, its
 * own text (after GitHub's or a syslog timestamp) and its first visible character begin.
 *
 * <p>Bounded: a line longer than {@code maxLineBytes} is cut there ({@link #cut()}) and the rest of
 * it skipped, so a binary blob or a minified megabyte line cannot grow the heap. Fast: the end of
 * a line is found eight bytes at a time, and the filter's anchors are looked for in the same pass.
 * A UTF-8 byte-order mark is skipped, CR and NULs at line ends are dropped, and a UTF-16 log is
 * transcoded on the way in. The last {@value #LOOKBACK_LINES} lines stay readable
 * ({@link #before(int)}) when asked for, for the context above a line that matters.
 *
 * <p>Not thread-safe; one reader per pass. It never closes the stream.
 */
public final class LogReader {

    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;
    /** Lines kept readable behind the current one when the reader was made with look-back. */
    public static final int LOOKBACK_LINES = 64;

    /** Bytes a line's prefixes can span; the reader has them in the buffer before it looks. */
    private static final int PREFIX_WINDOW = 64;

    private InputStream in;
    private final LineFilter filter;
    private final byte[] buf;
    private final int maxLineBytes;
    private final boolean every;
    private final LineEnds ends;
    private final boolean lookback;
    private final long[] ringStart;
    private final long[] ringEnd;
    private long ringFloor = 1;

    private LogEncoding encoding = LogEncoding.UTF_8;
    private boolean started;
    private boolean eof;
    private boolean skipping;
    private boolean following;
    private int pos;
    private int limit;
    /** Stream offset of {@code buf[0]}. */
    private long base;
    private long bytesRead;

    private int start;
    private int contentStart;
    private int bodyStart;
    private int end;
    private long number;
    private boolean cut;
    private boolean terminated;
    private boolean phraseHit;
    private boolean anchorHit;

    public LogReader(InputStream in, LineFilter filter) {
        this(in, filter, false);
    }

    /** @param lookback keep the last {@value #LOOKBACK_LINES} lines readable through {@link #before(int)} */
    public LogReader(InputStream in, LineFilter filter, boolean lookback) {
        this(in, filter, lookback, DEFAULT_BUFFER_BYTES, DEFAULT_MAX_LINE_BYTES);
    }

    public LogReader(InputStream in, LineFilter filter, boolean lookback, int bufferBytes, int maxLineBytes) {
        if (maxLineBytes < 64 || bufferBytes < 4 * maxLineBytes) {
            throw new IllegalArgumentException("the buffer must hold four maximal lines");
        }
        this.in = in;
        this.filter = filter;
        this.buf = new byte[bufferBytes];
        this.maxLineBytes = maxLineBytes;
        this.every = filter.wantsEveryLine();
        this.ends = new LineEnds(filter.anchors());
        this.lookback = lookback;
        this.ringStart = lookback ? new long[LOOKBACK_LINES] : null;
        this.ringEnd = lookback ? new long[LOOKBACK_LINES] : null;
    }

    /** Stop at every line (true) or only at those the filter wants (false), from the next line on. */
    public void follow(boolean everyLine) {
        this.following = everyLine;
    }

    /**
     * Advances to the next line the filter wants, or the next line at all while following; false
     * at the end of the stream.
     */
    public boolean next() throws IOException {
        if (!started) {
            begin();
        }
        while (true) {
            if (skipping && !skipRestOfCutLine()) {
                return false;
            }
            if (limit - pos < PREFIX_WINDOW && !eof && fill()) {
                continue;
            }
            int p = pos;
            if (p >= limit) {
                return false;
            }
            int c = LinePrefix.contentStart(buf, p, limit);
            int s = LinePrefix.bodyStart(buf, c, limit);
            // Anchors are looked for from the content's start, not the body's: a stray escape byte
            // before the body (ESC q) would otherwise hide the letter after it from the search.
            int nl = ends.find(buf, c, limit);
            if (nl >= 0) {
                pos = nl + 1;
                boolean tooLong = nl - p > maxLineBytes;
                if (accept(p, c, s, tooLong ? p + maxLineBytes : nl, tooLong, !tooLong)) {
                    return true;
                }
            } else if (limit - p > maxLineBytes) {
                pos = limit;
                skipping = true;
                if (accept(p, c, s, p + maxLineBytes, true, false)) {
                    return true;
                }
            } else if (!eof) {
                fill();   // moves the buffer: the line is looked at again, from its new place
            } else {
                // The stream ended inside this line: a last line without a newline, maybe cut mid-word.
                pos = limit;
                if (accept(p, c, s, limit, false, false)) {
                    return true;
                }
            }
        }
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

    /** Stream offset of the current line's first byte (after a UTF-16 log's transcoding, of the UTF-8 form). */
    public long offset() {
        return base + start;
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

    /**
     * Up to {@code n} lines right before the current one, oldest first, as {@link #content()} gives
     * them; fewer near the start of the log, after very long lines, or without look-back. The
     * first is line {@code number() - before(n).size()}.
     */
    public List<String> before(int n) {
        if (!lookback || n <= 0) {
            return List.of();
        }
        long from = Math.max(Math.max(ringFloor, number - LOOKBACK_LINES + 1), number - n);
        List<String> lines = new ArrayList<>((int) Math.max(0, number - from));
        for (long k = from; k < number; k++) {
            lines.add(ringLine(k));
        }
        return lines;
    }

    private String ringLine(long k) {
        int slot = slot(k);
        int s = (int) (ringStart[slot] - base);
        int e = (int) (ringEnd[slot] - base);
        return decode(Math.min(LinePrefix.contentStart(buf, s, e), e), e);
    }

    /**
     * Up to the last {@code n} lines read, the current one included, oldest first (at the end of the
     * stream: the log's last lines); as {@link #before(int)}, fewer after very long lines.
     */
    public List<String> last(int n) {
        if (!lookback || n <= 0 || number == 0) {
            return List.of();
        }
        long from = Math.max(Math.max(ringFloor, number - LOOKBACK_LINES + 1), number - n + 1);
        List<String> lines = new ArrayList<>((int) Math.max(0, number - from + 1));
        for (long k = from; k <= number; k++) {
            lines.add(ringLine(k));
        }
        return lines;
    }

    /** Bytes read so far (of a UTF-16 log, of its UTF-8 form). */
    public long bytesRead() {
        return bytesRead;
    }

    /** How the stream encodes its text; known once the first line has been read. */
    public LogEncoding encoding() {
        return encoding;
    }

    private String decode(int from, int to) {
        return Ansi.strip(new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8));
    }

    /** Records the line just found; true when the caller is to stop at it. */
    private boolean accept(int p, int c, int s, int lineEnd, boolean wasCut, boolean withNewline) {
        int e = lineEnd;
        int content = Math.min(c, e);
        while (e > content && (buf[e - 1] == '\r' || buf[e - 1] == 0)) {
            e--;
        }
        number++;
        if (lookback) {
            int slot = slot(number);
            ringStart[slot] = base + p;
            ringEnd[slot] = base + e;
        }
        int body = Math.min(s, e);
        boolean phrase = !every && filter.startsWithPhrase(buf, body, e);
        if (!(every || following || phrase || ends.anchorHit())) {
            return false;
        }
        start = p;
        contentStart = content;
        bodyStart = body;
        end = e;
        cut = wasCut;
        terminated = withNewline;
        phraseHit = phrase;
        anchorHit = ends.anchorHit();
        return true;
    }

    private static int slot(long line) {
        return (int) (line % LOOKBACK_LINES);
    }

    /** Reads the first bytes: a byte-order mark is skipped, a UTF-16 stream transcoded. */
    private void begin() throws IOException {
        started = true;
        while (limit < 4 && fill()) {
            // a trickling stream: gather enough bytes to tell the encoding
        }
        LogEncoding detected = LogEncoding.detect(buf, limit);
        int mark = detected.markLength(buf, limit);
        if (detected != LogEncoding.UTF_8) {
            byte[] head = Arrays.copyOfRange(buf, mark, limit);
            in = new Utf16Transcoding(new SequenceInputStream(new ByteArrayInputStream(head), in), detected);
            limit = 0;
            pos = 0;
            eof = false;
            bytesRead = 0;
            encoding = detected;
        } else {
            pos = mark;
        }
    }

    /** Passes over the rest of a cut line; false when the stream ends first. */
    private boolean skipRestOfCutLine() throws IOException {
        while (true) {
            int nl = ends.find(buf, pos, limit);
            if (nl >= 0) {
                pos = nl + 1;
                skipping = false;
                return true;
            }
            pos = limit;
            if (!fill()) {
                skipping = false;
                return false;
            }
        }
    }

    /**
     * Keeps the unread bytes (and, with look-back, the recent lines that fit in half the buffer),
     * moves them to the front and reads more; false when the stream has ended.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = lookback ? retainedFrom() : pos;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            pos -= keep;
            limit -= keep;
            base += keep;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        bytesRead += n;
        return true;
    }

    private int retainedFrom() {
        long floor = Math.max(ringFloor, number - LOOKBACK_LINES + 1);
        long current = base + pos;
        while (floor <= number && current - ringStart[slot(floor)] > buf.length / 2) {
            floor++;
        }
        ringFloor = floor;
        return floor <= number ? (int) (ringStart[slot(floor)] - base) : pos;
    }
}
