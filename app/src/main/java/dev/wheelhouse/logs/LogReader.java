package dev.wheelhouse.logs;

import java.io.IOException;
import java.io.InputStream;
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
 * transcoded on the way in. When asked for, up to {@value #LOOKBACK_LINES} lines above the
 * current one stay readable ({@link #before(int)}), for the context above a line that matters: the
 * bytes of the last half buffer are kept and searched backwards on demand.
 *
 * <p>A reader may also stand over a chunk of a file held in memory ({@link #ofChunk}), jumping
 * from one line a worker found wanted to the next: see {@link ParallelLogPass}.
 *
 * <p>Not thread-safe; one reader per pass. It never closes the stream.
 */
public final class LogReader extends LogLineView {

    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;
    /** Lines kept readable behind the current one when the reader was made with look-back. */
    public static final int LOOKBACK_LINES = 64;

    /** Bytes a line's prefixes can span; the reader has them in the buffer before it looks. */
    static final int PREFIX_WINDOW = 64;

    private InputStream in;
    private final LineFilter filter;
    private final int maxLineBytes;
    private final boolean every;
    private final LineEnds ends;
    private final boolean lookback;
    private final LineLookback above;
    /** How far above the current line's start the lines {@link #before} returns may start. */
    private final int window;
    /** Lines starting at or after this index are another chunk's (a chunk reader's bound). */
    private final int stopAt;
    private final WantedLines wanted;
    private final long numberBefore;
    /** Stream offset where line 1 starts (after a byte-order mark). */
    private long firstLine;
    private long lastStart = -1;
    private long lastEnd = -1;
    /** Where the last line read ended: its newline, or -1 when it had none in the buffer. */
    private int lastNewline;
    /** The line a worker already read, jumped to: where it starts, its newline, phrase and anchor. */
    private int knownAt = -1;
    private int knownNewline;
    private boolean knownPhrase;
    private boolean knownAnchor;
    /** Whether the reader's filter wants the current line: 1 yes, 0 no, -1 not asked yet (a followed line). */
    private int filterWants;

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

    public LogReader(InputStream in, LineFilter filter) {
        this(in, filter, false);
    }

    /** @param lookback keep the last {@value #LOOKBACK_LINES} lines readable through {@link #before(int)} */
    public LogReader(InputStream in, LineFilter filter, boolean lookback) {
        this(in, filter, lookback, DEFAULT_BUFFER_BYTES, DEFAULT_MAX_LINE_BYTES);
    }

    public LogReader(InputStream in, LineFilter filter, boolean lookback, int bufferBytes, int maxLineBytes) {
        this(in, new byte[checked(bufferBytes, maxLineBytes)], filter, lookback, maxLineBytes, bufferBytes / 2,
                Integer.MAX_VALUE, null, 0);
    }

    private LogReader(InputStream in, byte[] buf, LineFilter filter, boolean lookback, int maxLineBytes, int window,
                      int stopAt, WantedLines wanted, long numberBefore) {
        super(buf);
        this.in = in;
        this.filter = filter;
        this.maxLineBytes = maxLineBytes;
        this.every = filter.wantsEveryLine();
        this.ends = new LineEnds(filter.anchors());
        this.lookback = lookback;
        this.above = new LineLookback(window, maxLineBytes);
        this.window = window;
        this.stopAt = stopAt;
        this.wanted = wanted;
        this.numberBefore = numberBefore;
        this.number = numberBefore;
    }

    private static int checked(int bufferBytes, int maxLineBytes) {
        if (maxLineBytes < 64 || bufferBytes < 4 * maxLineBytes) {
            throw new IllegalArgumentException("the buffer must hold four maximal lines");
        }
        return bufferBytes;
    }

    /**
     * A reader of a chunk's lines, with the look-back {@code window} a stream reader with a buffer
     * of twice that has.
     *
     * @param wanted       where the lines the filter wants start, as a worker found them: the
     *                     reader jumps from one to the next; null to read every line
     * @param numberBefore lines of the file before the chunk's first
     */
    static LogReader ofChunk(LogChunk chunk, LineFilter filter, boolean lookback, int maxLineBytes, int window,
                             WantedLines wanted, long numberBefore) {
        LogReader reader = new LogReader(null, chunk.bytes(), filter, lookback, maxLineBytes, window, chunk.stopAt(),
                wanted, numberBefore);
        reader.started = true;
        reader.eof = true;
        reader.base = chunk.base();
        reader.firstLine = chunk.firstLine();
        reader.pos = chunk.from();
        reader.limit = chunk.limit();
        reader.bytesRead = chunk.base() + chunk.limit();
        return reader;
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
            if (wanted != null && !following && !jumpToWanted()) {
                return false;
            }
            if (skipping && !skipRestOfCutLine()) {
                return false;
            }
            if (limit - pos < PREFIX_WINDOW && !eof && fill()) {
                continue;
            }
            int p = pos;
            if (p >= limit || p >= stopAt) {
                return false;
            }
            int c = LinePrefix.contentStart(buf, p, limit);
            int s = LinePrefix.bodyStart(buf, c, limit);
            boolean known = p == knownAt;
            // Anchors are looked for from the content's start, not the body's: a stray escape byte
            // before the body (ESC q) would otherwise hide the letter after it from the search.
            int nl = known ? knownNewline : ends.find(buf, c, limit);
            boolean anchor = known ? knownAnchor : ends.anchorHit();
            lastNewline = nl;
            if (nl >= 0) {
                pos = nl + 1;
                boolean tooLong = nl - p > maxLineBytes;
                if (accept(p, c, s, tooLong ? p + maxLineBytes : nl, tooLong, !tooLong, anchor)) {
                    return true;
                }
            } else if (limit - p > maxLineBytes) {
                pos = limit;
                skipping = true;
                if (accept(p, c, s, p + maxLineBytes, true, false, anchor)) {
                    return true;
                }
            } else if (!eof) {
                fill();   // moves the buffer: the line is looked at again, from its new place
            } else {
                // The stream ended inside this line: a last line without a newline, maybe cut mid-word.
                pos = limit;
                if (accept(p, c, s, limit, false, false, anchor)) {
                    return true;
                }
            }
        }
    }

    /** Moves to the next line a worker found wanted, when it lies ahead; false when there is none left. */
    private boolean jumpToWanted() {
        int next = wanted.firstFrom(pos);
        if (next < 0) {
            pos = limit;
            return false;
        }
        if (wanted.at(next) > pos) {
            pos = wanted.at(next);
            number = numberBefore + wanted.lineInChunk(next) - 1;
        }
        knownAt = pos;
        knownNewline = wanted.newline(next);
        knownPhrase = wanted.phrase(next);
        knownAnchor = wanted.anchor(next);
        return true;
    }

    /** Where the line the reader stopped at last ended: its newline, or -1 when it had none in the buffer. */
    int newline() {
        return lastNewline;
    }

    /** Whether {@code other} wants the current line (see {@link LineFilter#wantedAt}). */
    boolean wantedBy(LineFilter other) {
        if (other == filter && filterWants < 0) {
            filterWants = filter.wants(buf, contentStart, bodyStart, end) ? 1 : 0;
        }
        return other == filter ? filterWants == 1 : other.wants(buf, contentStart, bodyStart, end);
    }

    /** Stream offset of the current line's first byte (after a UTF-16 log's transcoding, of the UTF-8 form). */
    public long offset() {
        return base + start;
    }

    /**
     * Up to {@code n} lines right before the current one, oldest first, as {@link #content()} gives
     * them; fewer near the start of the log, after very long lines, or without look-back. The
     * first is line {@code number() - before(n).size()}.
     */
    public List<String> before(int n) {
        return before(n, maxLineBytes);
    }

    /** As {@link #before(int)}, each line's text decoded from at most its first {@code maxBytes} bytes. */
    public List<String> before(int n, int maxBytes) {
        if (!lookback || n <= 0) {
            return List.of();
        }
        return above.above(buf, firstLineIndex(), start, Math.min(n, LOOKBACK_LINES - 1), maxBytes);
    }

    /**
     * Up to the last {@code n} lines read, the current one included, oldest first (at the end of the
     * stream: the log's last lines); as {@link #before(int)}, fewer after very long lines: only
     * lines that start in the last half buffer of what was read.
     */
    public List<String> last(int n) {
        return last(n, maxLineBytes);
    }

    /** As {@link #last(int)}, each line's text decoded from at most its first {@code maxBytes} bytes. */
    public List<String> last(int n, int maxBytes) {
        if (!lookback || lastStart < base) {
            return List.of();
        }
        return above.last(buf, firstLineIndex(), (int) (lastStart - base), (int) (lastEnd - base),
                (int) (bytesRead - base), Math.min(n, LOOKBACK_LINES), maxBytes);
    }

    private int firstLineIndex() {
        return (int) Math.max(-1, firstLine - base);
    }

    /** Stream offset of the last line read, whether the reader stopped at it or not; -1 before the first. */
    long lastLineStart() {
        return lastStart;
    }

    /** Where the last line read ends: its newline, the end of the stream, or where it was cut. */
    long lastLineEnd() {
        return lastEnd;
    }

    /**
     * Stands the reader after the log's last line, which starts and ends at these stream offsets
     * in its bytes: what a chunk reader of the log's last lines tells the consumers at its end.
     */
    void endAt(long lineStart, long lineEnd, long lines, long bytes) {
        lastStart = lineStart;
        lastEnd = lineEnd;
        number = lines;
        bytesRead = bytes;
    }

    /** Bytes read so far (of a UTF-16 log, of its UTF-8 form). */
    public long bytesRead() {
        return bytesRead;
    }

    /** How the stream encodes its text; known once the first line has been read. */
    public LogEncoding encoding() {
        return encoding;
    }


    /** Records the line just found; true when the caller is to stop at it. */
    private boolean accept(int p, int c, int s, int lineEnd, boolean wasCut, boolean withNewline, boolean anchor) {
        int e = lineEnd;
        int content = Math.min(c, e);
        while (e > content && (buf[e - 1] == '\r' || buf[e - 1] == 0)) {
            e--;
        }
        number++;
        lastStart = base + p;
        lastEnd = base + lineEnd;
        int body = Math.min(s, e);
        boolean known = p == knownAt;
        knownAt = -1;
        boolean phrase = known ? knownPhrase : !every && filter.startsWithPhrase(buf, body, e);
        int wants;
        if (known || every) {
            wants = 1;
        } else if (!phrase && !anchor) {
            wants = 0;
        } else if (!filter.confirms()) {
            wants = 1;
        } else {
            // A followed line is handed over whatever the test says: it is run when a consumer asks.
            wants = following ? -1 : filter.confirmed(buf, content, body, e) ? 1 : 0;
        }
        if (!(following || wants == 1)) {
            return false;
        }
        filterWants = wants;
        start = p;
        contentStart = content;
        bodyStart = body;
        end = e;
        cut = wasCut;
        terminated = withNewline;
        phraseHit = phrase;
        anchorHit = anchor;
        return true;
    }

    /** Reads the first bytes: a byte-order mark is skipped, a UTF-16 stream transcoded. */
    private void begin() throws IOException {
        started = true;
        while (limit < 4 && fill()) {
            // a trickling stream: gather enough bytes to tell the encoding
        }
        LogEncoding detected = LogEncoding.detect(buf, limit);
        int mark = detected.markLength(buf, limit);
        pos = mark;
        if (detected != LogEncoding.UTF_8) {
            in = Utf16Transcoding.of(Arrays.copyOfRange(buf, mark, limit), in, detected);
            limit = pos = 0;
            eof = false;
            bytesRead = 0;
            encoding = detected;
        }
        firstLine = base + pos;
    }

    /** Passes over the rest of a cut line; false when the stream ends first. */
    private boolean skipRestOfCutLine() throws IOException {
        while (true) {
            int nl = LineEnds.newline(buf, pos, limit);
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
     * Keeps the unread bytes (and, with look-back, the window above them), moves them to the front
     * and reads more; false when the stream has ended.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        // One byte more than the window: it tells whether the window's first byte begins a line.
        int keep = lookback ? Math.max(0, pos - window - 1) : pos;
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
}
