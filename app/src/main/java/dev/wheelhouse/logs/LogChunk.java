package dev.wheelhouse.logs;

/**
 * A part of a UTF-8 log file held in memory: {@code bytes} are the file's from offset
 * {@code base}; the lines that start in {@code [from, stopAt)} are this chunk's. The bytes reach a
 * look-back window above {@code from} and a longest line past {@code stopAt}, unless the file
 * begins or ends sooner; {@code limit} is where they end.
 *
 * @param firstLine the file offset of its first line (after a byte-order mark)
 */
record LogChunk(byte[] bytes, long base, long firstLine, int from, int stopAt, int limit) {
}
