package dev.wheelhouse.ui.cache;

import java.util.Locale;

/**
 * A size as GitHub's cache pages write it: powers of 1024 named GB, MB and KB, so "10 GB" is the
 * limit the API counts in bytes ({@code 10 × 1024³}).
 */
public final class ByteSize {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /** {@code 900 B}, {@code 1.4 MB}, {@code 512 MB}, {@code 7.0 GB}, {@code 10 GB}. */
    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05 || value >= 100;
        return String.format(Locale.ROOT, whole ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }
}
