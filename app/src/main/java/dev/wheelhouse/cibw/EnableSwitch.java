package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;

/**
 * A boolean setting that turned on a group of builds before (and, deprecated, beside) the
 * {@code enable} option: {@code CIBW_PRERELEASE_PYTHONS} (2.2–2.23) and
 * {@code CIBW_FREE_THREADED_SUPPORT} / {@code free-threaded-support} (2.19–2.23).
 *
 * @param environmentVariable the variable cibuildwheel reads, e.g. {@code CIBW_PRERELEASE_PYTHONS}
 * @param option              the {@code [tool.cibuildwheel]} key, when it has one
 * @param group               the enable group it amounts to, e.g. {@code cpython-prerelease}
 */
public record EnableSwitch(String environmentVariable, Optional<String> option, String group) {

    public EnableSwitch {
        Objects.requireNonNull(environmentVariable, "environmentVariable");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(group, "group");
    }
}
