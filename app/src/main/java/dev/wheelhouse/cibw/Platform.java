package dev.wheelhouse.cibw;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A cibuildwheel target platform, named as its {@code platform} option names it
 * (https://cibuildwheel.pypa.io/en/stable/options/#platform).
 */
public enum Platform {
    LINUX("linux", "Linux", true),
    MACOS("macos", "macOS", true),
    WINDOWS("windows", "Windows", true),
    IOS("ios", "iOS", false),
    ANDROID("android", "Android", false),
    PYODIDE("pyodide", "Pyodide", false);

    private final String optionName;
    private final String prettyName;
    private final boolean modeled;

    Platform(String optionName, String prettyName, boolean modeled) {
        this.optionName = optionName;
        this.prettyName = prettyName;
        this.modeled = modeled;
    }

    /** The spelling of {@code CIBW_PLATFORM} and of the {@code [tool.cibuildwheel.<platform>]} table. */
    public String optionName() {
        return optionName;
    }

    public String prettyName() {
        return prettyName;
    }

    /**
     * Whether Wheelhouse lists this platform's wheels. iOS, Android and Pyodide builds depend on
     * SDKs and toolchain versions a workflow does not show, so their wheels are not predicted.
     */
    public boolean modeled() {
        return modeled;
    }

    /** The platform for a {@code CIBW_PLATFORM} value; empty for {@code auto} and unknown names. */
    public static Optional<Platform> fromOptionName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.optionName.equals(wanted)).findFirst();
    }
}
