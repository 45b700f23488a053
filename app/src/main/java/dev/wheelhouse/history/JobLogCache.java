package dev.wheelhouse.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Job logs kept gzip-compressed on disk, so each is downloaded once: {@link #tee} saves a log
 * while it streams through the scanner, and {@link #open} reads it back. The folder is held under
 * a byte cap by evicting the least recently used logs. A log enters the cache only once it has
 * been read to its end, by an atomic rename, so a broken download never leaves half a log that
 * later reads as whole.
 */
public final class JobLogCache {

    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    private static final String SUFFIX = ".log.gz";
    private static final String PARTIAL = ".part";

    private final Path dir;
    private final long maxBytes;

    public JobLogCache(Path dir, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The cache in this platform's data directory ({@code logs/}), capped at {@link #DEFAULT_MAX_BYTES}. */
    public static JobLogCache openDefault() {
        return new JobLogCache(DataDirectory.standard().resolve("logs"), DEFAULT_MAX_BYTES);
    }

    public boolean contains(long jobId) {
        return Files.isRegularFile(entry(jobId));
    }

    /** The cached log, decompressed, if there is one; reading it counts as a use. */
    public Optional<InputStream> open(long jobId) throws IOException {
        Path file = entry(jobId);
        try {
            InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Wraps a download so that what is read from it is also saved for {@code jobId}. The log
     * enters the cache when the stream reaches its end; closing earlier, or a read failing,
     * discards what was saved. A cache that cannot be written (disk full) never fails the read.
     */
    public InputStream tee(long jobId, InputStream download) {
        return new Tee(jobId, download);
    }

    /** Bytes the cached logs take on disk. */
    public synchronized long sizeBytes() throws IOException {
        return entries().stream().mapToLong(JobLogCache::size).sum();
    }

    private Path entry(long jobId) {
        return dir.resolve(jobId + SUFFIX);
    }

    private synchronized void admit(Path partial, long jobId) throws IOException {
        Path target = entry(jobId);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        evictBeyondCap(target);
    }

    /** Deletes the least recently used logs until the rest fit under the cap (the newest always stays). */
    private void evictBeyondCap(Path newest) throws IOException {
        List<Path> files = entries();
        long total = files.stream().mapToLong(JobLogCache::size).sum();
        files.sort(Comparator.comparing(JobLogCache::lastUsed));
        for (Path file : files) {
            if (total <= maxBytes) {
                return;
            }
            if (!file.equals(newest)) {
                total -= size(file);
                Files.deleteIfExists(file);
            }
        }
    }

    private List<Path> entries() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;   // deleted meanwhile
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Copies what is read into a compressed partial file; admits it at the end of the stream. */
    private final class Tee extends FilterInputStream {

        private final long jobId;
        private Path partial;
        private OutputStream out;
        private boolean ended;

        Tee(long jobId, InputStream download) {
            super(download);
            this.jobId = jobId;
            try {
                Files.createDirectories(dir);
                partial = Files.createTempFile(dir, jobId + ".", PARTIAL);
                out = new GZIPOutputStream(Files.newOutputStream(partial), 64 * 1024);
            } catch (IOException e) {
                abandon();
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                abandon();
                throw e;
            }
            if (n > 0 && out != null) {
                try {
                    out.write(b, off, n);
                } catch (IOException e) {
                    abandon();
                }
            } else if (n < 0 && !ended) {
                ended = true;
                finish();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            abandon();   // skipped bytes would be missing from the copy
            return super.skip(n);
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                abandon();
            }
            super.close();
        }

        private void finish() {
            if (out == null) {
                return;
            }
            try {
                out.close();
                out = null;
                admit(partial, jobId);
                partial = null;
            } catch (IOException e) {
                abandon();
            }
        }

        private void abandon() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // The copy is being thrown away anyway.
                }
                out = null;
            }
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // A stray .part file is never read as a log; the next open of the folder ignores it.
                }
                partial = null;
            }
        }
    }
}
