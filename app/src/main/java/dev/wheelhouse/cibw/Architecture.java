package dev.wheelhouse.cibw;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A CPU architecture as cibuildwheel's {@code archs} option spells it
 * (https://cibuildwheel.pypa.io/en/stable/options/#archs). The spelling is case-sensitive there:
 * macOS says {@code arm64}, Windows says {@code ARM64}, and an unknown spelling stops cibuildwheel.
 */
public enum Architecture {
    X86_64("x86_64", 64, Set.of(Platform.LINUX, Platform.MACOS, Platform.ANDROID)),
    I686("i686", 32, Set.of(Platform.LINUX)),
    AARCH64("aarch64", 64, Set.of(Platform.LINUX)),
    PPC64LE("ppc64le", 64, Set.of(Platform.LINUX)),
    S390X("s390x", 64, Set.of(Platform.LINUX)),
    ARMV7L("armv7l", 32, Set.of(Platform.LINUX)),
    RISCV64("riscv64", 64, Set.of(Platform.LINUX)),
    UNIVERSAL2("universal2", 64, Set.of(Platform.MACOS)),
    MACOS_ARM64("arm64", 64, Set.of(Platform.MACOS)),
    X86("x86", 32, Set.of(Platform.WINDOWS)),
    AMD64("AMD64", 64, Set.of(Platform.WINDOWS)),
    WINDOWS_ARM64("ARM64", 64, Set.of(Platform.WINDOWS)),
    WASM32("wasm32", 32, Set.of(Platform.PYODIDE)),
    ARM64_V8A("arm64_v8a", 64, Set.of(Platform.ANDROID)),
    ARM64_IPHONEOS("arm64_iphoneos", 64, Set.of(Platform.IOS)),
    ARM64_IPHONESIMULATOR("arm64_iphonesimulator", 64, Set.of(Platform.IOS)),
    X86_64_IPHONESIMULATOR("x86_64_iphonesimulator", 64, Set.of(Platform.IOS));

    private final String optionValue;
    private final int bits;
    private final Set<Platform> platforms;

    Architecture(String optionValue, int bits, Set<Platform> platforms) {
        this.optionValue = optionValue;
        this.bits = bits;
        this.platforms = platforms;
    }

    /** The exact spelling cibuildwheel accepts in {@code archs}. */
    public String optionValue() {
        return optionValue;
    }

    public boolean is32Bit() {
        return bits == 32;
    }

    public boolean buildsOn(Platform platform) {
        return platforms.contains(platform);
    }

    /** The architecture spelled exactly so, as cibuildwheel's {@code Architecture(value)} would take it. */
    public static Optional<Architecture> fromOptionValue(String value) {
        return Arrays.stream(values()).filter(a -> a.optionValue.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return optionValue;
    }
}
