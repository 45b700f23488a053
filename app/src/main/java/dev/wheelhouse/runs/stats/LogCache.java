package dev.wheelhouse.runs.stats;

import dev.wheelhouse.github.RepositoryRef;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Job logs kept gzip-compressed on disk, so a job's log is downloaded once and a later look
 * reads it from here. Least recently used logs go first once the total passes the cap; a log
 * bigger than half the cap is scanned but not kept. A log is written while it is read (the scan
 * and the copy share one pass over the download) and appears only once complete: a download
 * cut short leaves nothing behind, so the next look downloads it again.
 *
 * <p>Thread-safe. Files are named by key; last-modified times record use, so the order
 * survives a restart.
 */
public final class LogCache {

    public static final long DEFAULT_MAX_BYTES = 200L << 20;
    private static final String SUFFIX = ".log.gz";
    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.runs");

    /** Reads a log stream to its end (a scanner); the stream is not to be closed by it. */
    @FunctionalInterface
    public interface LogReader<T> {
        T read(InputStream log) throws IOException;
    }

    /**
     * The result of reading a download through the cache.
     *
     * @param kept     the log is now in the cache
     * @param bytes    bytes of log read (uncompressed)
     * @param cutShort the download ended in an error part-way; {@code result} covers what arrived
     */
    public record Stored<T>(T result, boolean kept, long bytes, boolean cutShort) {
    }

    private final Path directory;
    private final long maxBytes;
    private final Clock clock;
    /** File name to compressed size, least recently used first. */
    private final LinkedHashMap<String, Long> index = new LinkedHashMap<>(64, 0.75f, true);
    private long totalBytes;
    private boolean loaded;

    public LogCache(Path directory, long maxBytes, Clock clock) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the log cache needs room for at least one byte");
        }
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Under the platform cache directory ({@link LogCacheDirectory}), 200 MB. */
    public static LogCache openDefault() {
        return new LogCache(LogCacheDirectory.standard(), DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    /** The key a job's log is kept under: one per API host, repository and job, for every reader of it. */
    public static String keyOf(String webHost, RepositoryRef repo, long jobId) {
        return webHost + "/" + repo.owner() + "/" + repo.name() + "/" + jobId;
    }

    public Path directory() {
        return directory;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Compressed bytes on disk. */
    public synchronized long sizeBytes() {
        load();
        return totalBytes;
    }

    public synchronized int entries() {
        load();
        return index.size();
    }

    public synchronized boolean contains(String key) {
        load();
        return index.containsKey(fileName(key));
    }

    /** The cached log, decompressing as it is read; the caller closes it. */
    public Optional<InputStream> open(String key) throws IOException {
        String name = fileName(key);
        Path file = directory.resolve(name);
        synchronized (this) {
            load();
            if (index.get(name) == null) {
                return Optional.empty();
            }
            touch(file);
        }
        try {
            return Optional.of(new GZIPInputStream(Files.newInputStream(file), 1 << 16));
        } catch (NoSuchFileException e) {
            // Someone emptied the cache directory behind our back.
            synchronized (this) {
                forget(name);
            }
            return Optional.empty();
        }
    }

    /**
     * Reads {@code download} with {@code reader} and keeps a compressed copy as it goes. The
     * download's failure part-way does not fail the read: the reader sees the end of the stream,
     * and nothing is kept. The caller closes {@code download}.
     */
    public <T> Stored<T> store(String key, InputStream download, LogReader<T> reader) throws IOException {
        String name = fileName(key);
        Files.createDirectories(directory);
        synchronized (this) {
            // Before the first temporary file: loading clears leftovers of interrupted downloads.
            load();
        }
        Path temp = Files.createTempFile(directory, "download-", ".tmp");
        boolean keep = false;
        try {
            OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16),
                    1 << 16);
            Tee tee = new Tee(download, out);
            T result;
            try {
                result = reader.read(tee);
                tee.transferTo(OutputStream.nullOutputStream());
            } finally {
                try {
                    out.close();
                } catch (IOException e) {
                    tee.copyFailed = true;
                }
            }
            long compressed = Files.size(temp);
            keep = !tee.cutShort && !tee.copyFailed && compressed <= maxBytes / 2;
            if (keep) {
                synchronized (this) {
                    Files.move(temp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    touch(directory.resolve(name));
                    Long old = index.put(name, compressed);
                    totalBytes += compressed - (old == null ? 0 : old);
                    evictBeyondCap(name);
                }
            }
            return new Stored<>(result, keep, tee.bytes, tee.cutShort);
        } finally {
            if (!keep) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Deletes every cached log. */
    public synchronized void clear() throws IOException {
        load();
        for (String name : new ArrayList<>(index.keySet())) {
            Files.deleteIfExists(directory.resolve(name));
        }
        index.clear();
        totalBytes = 0;
    }

    private void evictBeyondCap(String keepName) throws IOException {
        var it = index.entrySet().iterator();
        while (totalBytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Long> eldest = it.next();
            if (eldest.getKey().equals(keepName)) {
                continue;
            }
            Files.deleteIfExists(directory.resolve(eldest.getKey()));
            totalBytes -= eldest.getValue();
            it.remove();
        }
    }

    private void forget(String name) {
        Long size = index.remove(name);
        if (size != null) {
            totalBytes -= size;
        }
    }

    private void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // The order in this session is kept in memory; only the next start may see it older.
            LOG.log(System.Logger.Level.DEBUG, "could not mark " + file + " as used", e);
        }
    }

    /** Reads the directory once: sizes, use order, and leftovers of interrupted downloads. */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.isDirectory(directory)) {
            return;
        }
        record Found(String name, long size, FileTime used) {
        }
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(SUFFIX)) {
                    found.add(new Found(name, Files.size(file), Files.getLastModifiedTime(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the log cache " + directory + " could not be read", e);
        }
        found.sort(Comparator.comparing(Found::used));
        for (Found f : found) {
            index.put(f.name, f.size);
            totalBytes += f.size;
        }
    }

    /** A file name from a key such as {@code api.github.com/owner/repo/123}. */
    static String fileName(String key) {
        StringBuilder s = new StringBuilder(key.length() + SUFFIX.length());
        for (char c : key.toCharArray()) {
            s.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_' ? c
                    : c == '/' ? '~' : '_');
        }
        return s.append(SUFFIX).toString();
    }

    /** Copies what is read into the cache file; a failing download reads as its end. */
    private static final class Tee extends FilterInputStream {
        private final OutputStream copy;
        private long bytes;
        private boolean cutShort;
        private boolean copyFailed;

        Tee(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (cutShort) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                cutShort = true;
                LOG.log(System.Logger.Level.INFO, "a log download ended early after " + bytes + " bytes: "
                        + e.getMessage());
                return -1;
            }
            if (n > 0) {
                bytes += n;
                if (!copyFailed) {
                    try {
                        copy.write(b, off, n);
                    } catch (IOException e) {
                        // A full disk costs the cached copy, not the figures.
                        copyFailed = true;
                        LOG.log(System.Logger.Level.WARNING, "a job log could not be cached: " + e.getMessage());
                    }
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The caller closes the download; the copy is closed by store().
        }
    }
}
