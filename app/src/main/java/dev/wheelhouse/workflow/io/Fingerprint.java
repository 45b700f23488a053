package dev.wheelhouse.workflow.io;

import java.util.Arrays;

/**
 * What a file looked like when we read it, to notice when something else changed it since: its
 * size, its time and its bytes, compared whole. A workflow is small, and comparing its bytes is
 * exact and needs no digest (whose providers cost a command like {@code matrix show}, which only
 * reads, a tenth of its start).
 */
public final class Fingerprint {

    private final long size;
    private final long modifiedMillis;
    private final byte[] content;

    /** @param content the file's bytes, which the fingerprint keeps (the caller hands them over) */
    Fingerprint(long modifiedMillis, byte[] content) {
        this.size = content.length;
        this.modifiedMillis = modifiedMillis;
        this.content = content;
    }

    public long size() {
        return size;
    }

    public long modifiedMillis() {
        return modifiedMillis;
    }

    public boolean sameContentAs(Fingerprint other) {
        return other != null && size == other.size && Arrays.equals(content, other.content);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && modifiedMillis == f.modifiedMillis && sameContentAs(f);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + size + " bytes, modified " + modifiedMillis + "]";
    }
}
