package dev.wheelhouse.ui.common;

import java.util.Locale;

/** A count with its noun in the right number, grouped as the rest of the UI groups figures: {@code 1 hit}, {@code 1,204 hits}. */
public final class Count {

    private Count() {
    }

    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
