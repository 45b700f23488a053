package dev.wheelhouse.logs;

import java.util.Arrays;

/**
 * The lines of a chunk a filter wants, as a worker of the {@link ParallelLogPass} found them:
 * where each starts in the chunk's bytes and its number counted from the chunk's first line. The
 * reader that hands lines to the consumers jumps from one to the next. Bounded: past
 * {@code capacity} lines the list gives up ({@link #full()}), and that chunk is read line by line.
 */
final class WantedLines {

    private int[] at = new int[256];
    private int[] number = new int[256];
    private int[] newline = new int[256];
    /** Bit 1: a phrase begins the line; bit 2: it holds an anchor. */
    private byte[] flags = new byte[256];
    private int size;
    private int cursor;
    private final int capacity;
    private boolean full;

    WantedLines(int capacity) {
        this.capacity = capacity;
    }

    /** A line the worker's reader stopped at: where it starts and ends, its number, what it found. */
    void add(LogReader line) {
        add(line.start(), (int) line.number(), line.newline(), line.phraseMatched(), line.anchorMatched());
    }

    void add(int start, int lineInChunk, int newlineAt, boolean phrase, boolean anchor) {
        if (full) {
            return;
        }
        if (size == capacity) {
            full = true;
            at = null;
            number = null;
            newline = null;
            flags = null;
            return;
        }
        if (size == at.length) {
            at = Arrays.copyOf(at, Math.min(capacity, 2 * size));
            number = Arrays.copyOf(number, at.length);
            newline = Arrays.copyOf(newline, at.length);
            flags = Arrays.copyOf(flags, at.length);
        }
        at[size] = start;
        number[size] = lineInChunk;
        newline[size] = newlineAt;
        flags[size] = (byte) ((phrase ? 1 : 0) | (anchor ? 2 : 0));
        size++;
    }

    /** More lines were wanted than the list holds: none are listed. */
    boolean full() {
        return full;
    }

    int size() {
        return size;
    }

    /** The first listed line starting at or after {@code pos}, or -1; asked with a growing {@code pos}. */
    int firstFrom(int pos) {
        while (cursor < size && at[cursor] < pos) {
            cursor++;
        }
        return cursor < size ? cursor : -1;
    }

    int at(int i) {
        return at[i];
    }

    /** Where the line's newline is in the chunk's bytes; -1 when it runs past them. */
    int newline(int i) {
        return newline[i];
    }

    boolean phrase(int i) {
        return (flags[i] & 1) != 0;
    }

    boolean anchor(int i) {
        return (flags[i] & 2) != 0;
    }

    /** The line's number, counted from 1 at the chunk's first line. */
    int lineInChunk(int i) {
        return number[i];
    }
}
