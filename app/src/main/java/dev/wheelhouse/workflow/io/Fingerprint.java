package dev.wheelhouse.workflow.io;

/**
 * What a file looked like when we read it, to notice when something else changed it since.
 * The hash decides; size and time only make the common "unchanged" answer cheap to explain.
 */
public record Fingerprint(long size, long modifiedMillis, String sha256) {

    public boolean sameContentAs(Fingerprint other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }
}
