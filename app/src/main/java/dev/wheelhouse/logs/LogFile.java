package dev.wheelhouse.logs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * A job log on disk for a viewer: copied once from its stream into a file while the starts of
 * every {@value #BLOCK}th line are noted, so any line is read with one seek and at most
 * {@value #BLOCK} lines of reading, and the heap holds eight bytes per {@value #BLOCK} lines plus
 * a few decoded blocks, never the log. Lines longer than {@value #MAX_LINE_CHARS} characters are
 * cut for display. Lines become readable as the copy proceeds; reads and the copy may run on
 * different threads.
 */
public final class LogFile implements AutoCloseable {

    public static final int BLOCK = 64;
    public static final int MAX_LINE_CHARS = 4096;
    private static final int CACHED_BLOCKS = 64;

    private final Path file;
    private final FileChannel channel;
    private long[] blockStarts = new long[1024];
    private volatile int lines;
    private volatile long bytes;
    private volatile boolean complete;
    private final Map<Integer, List<String>> cache = new LinkedHashMap<>(CACHED_BLOCKS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<String>> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };

    private LogFile(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** A log to be filled from a stream by {@link #load}, in a new temporary file. */
    public static LogFile create() throws IOException {
        Path temp = Files.createTempFile("wheelhouse-log-", ".log");
        temp.toFile().deleteOnExit();
        return new LogFile(temp);
    }

    /**
     * Copies {@code in} to the file to its end, noting line starts; {@code progress} hears the line
     * count now and then. Does not close {@code in}.
     */
    public void load(InputStream in, LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        byte[] buf = new byte[1 << 20];
        long offset = 0;
        int count = 0;
        boolean atLineStart = true;
        long lastReport = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            int n;
            while ((n = in.read(buf)) >= 0 && !cancelled.getAsBoolean()) {
                out.write(buf, 0, n);
                int pending = count;
                for (int i = 0; i < n; i++) {
                    if (atLineStart) {
                        if (pending % BLOCK == 0) {
                            noteBlock(pending / BLOCK, offset + i);
                        }
                        pending++;
                        atLineStart = false;
                    }
                    if (buf[i] == '\n') {
                        atLineStart = true;
                    }
                }
                offset += n;
                out.flush();
                bytes = offset;
                // Only whole lines are readable: the last one may still be arriving.
                count = pending;
                lines = atLineStart ? count : Math.max(0, count - 1);
                if (System.nanoTime() - lastReport > 50_000_000L) {
                    lastReport = System.nanoTime();
                    progress.accept(lines);
                }
            }
        }
        lines = count;
        complete = true;
        progress.accept(count);
    }

    private synchronized void noteBlock(int block, long start) {
        if (block >= blockStarts.length) {
            blockStarts = Arrays.copyOf(blockStarts, blockStarts.length * 2);
        }
        blockStarts[block] = start;
    }

    public int lineCount() {
        return lines;
    }

    public long byteCount() {
        return bytes;
    }

    public boolean complete() {
        return complete;
    }

    public Path path() {
        return file;
    }

    /** Line {@code index} (0-based) as text: CR dropped, cut at {@value #MAX_LINE_CHARS} characters. */
    public String line(int index) throws IOException {
        if (index < 0 || index >= lines) {
            throw new IndexOutOfBoundsException("line " + index + " of " + lines);
        }
        return block(index / BLOCK).get(index % BLOCK);
    }

    /** Line {@code index} when its block is decoded already, else null: no I/O, for the FX thread. */
    public String cachedLine(int index) {
        if (index < 0 || index >= lines) {
            return null;
        }
        synchronized (cache) {
            List<String> known = cache.get(index / BLOCK);
            return known != null && index % BLOCK < known.size() ? known.get(index % BLOCK) : null;
        }
    }

    /** Reads the block of lines holding {@code index} into the cache (I/O: off the FX thread). */
    public void readBlockOf(int index) throws IOException {
        line(index);
    }

    private List<String> block(int block) throws IOException {
        synchronized (cache) {
            List<String> known = cache.get(block);
            if (known != null && (known.size() == BLOCK || complete)) {
                return known;
            }
        }
        long start;
        synchronized (this) {
            start = blockStarts[block];
        }
        List<String> decoded = new ArrayList<>(BLOCK);
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        byte[] line = new byte[MAX_LINE_CHARS * 4];
        int length = 0;
        long position = start;
        long end = bytes;
        outer:
        while (position < end && decoded.size() < BLOCK) {
            buf.clear();
            int n = channel.read(buf, position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = buf.get(i);
                if (b == '\n') {
                    decoded.add(text(line, length));
                    length = 0;
                    if (decoded.size() == BLOCK) {
                        break outer;
                    }
                } else if (length < line.length) {
                    line[length++] = b;
                }
            }
            position += n;
        }
        if (decoded.size() < BLOCK && length > 0 && complete) {
            decoded.add(text(line, length));
        }
        synchronized (cache) {
            cache.put(block, decoded);
        }
        return decoded;
    }

    private static String text(byte[] line, int length) {
        int end = length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        String s = new String(line, 0, end, StandardCharsets.UTF_8);
        return s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS - 1) + "…";
    }

    /**
     * The next line after {@code from} (or before it, backwards) whose text holds {@code query},
     * ignoring case, wrapping round the end; -1 when none does.
     */
    public int find(String query, int from, boolean forward, BooleanSupplier cancelled) throws IOException {
        String q = query.toLowerCase(Locale.ROOT);
        int n = lines;
        for (int step = 1; step <= n && !cancelled.getAsBoolean(); step++) {
            int i = Math.floorMod(forward ? from + step : from - step, n);
            if (line(i).toLowerCase(Locale.ROOT).contains(q)) {
                return i;
            }
        }
        return -1;
    }

    /** How many lines hold {@code query}, ignoring case. */
    public int count(String query, BooleanSupplier cancelled) throws IOException {
        String q = query.toLowerCase(Locale.ROOT);
        int found = 0;
        int n = lines;
        for (int i = 0; i < n && !cancelled.getAsBoolean(); i++) {
            if (line(i).toLowerCase(Locale.ROOT).contains(q)) {
                found++;
            }
        }
        return found;
    }

    /** Copies the log as received to {@code target}. */
    public void saveTo(Path target) throws IOException {
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
