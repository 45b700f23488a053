package dev.wheelhouse.cibw;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names cibuildwheel leaves in its output directory, per identifier, after its default repair step:
 * <ul>
 * <li>Linux: auditwheel repairs for the image's policy ({@code manylinux_2_28} by default from cibuildwheel 3.0,
 *     {@code manylinux2014} from 2.3; {@code CIBW_MANYLINUX_*_IMAGE} or {@code manylinux-*-image} choose
 *     another) and, unless told {@code --only-plat}, also tags the older policy the extension already satisfies,
 *     with its legacy alias (auditwheel's {@code main_repair}: "Wheel is eligible for a higher priority tag"): an
 *     extension that needs glibc 2.17 built on {@code manylinux_2_28} is
 *     {@code manylinux_2_17_x86_64.manylinux2014_x86_64.manylinux_2_28_x86_64}.</li>
 * <li>macOS: the deployment target is {@code MACOSX_DEPLOYMENT_TARGET} from cibuildwheel's {@code environment}
 *     (or the job's), raised to cibuildwheel's floor (11.0 for arm64; 10.13 for CPython 3.12+, 10.15 for PyPy,
 *     10.9 otherwise, cibuildwheel's {@code platforms/macos.py}); delocate tags the wheel with it.</li>
 * <li>Windows: {@code win_amd64}, {@code win32}, {@code win_arm64}.</li>
 * </ul>
 *
 * @param release        the cibuildwheel version the images default by
 * @param manylinuxImage the manylinux policy version per architecture option value, where configured ({@code 2_28})
 * @param macosTarget    {@code MACOSX_DEPLOYMENT_TARGET} as configured, when it is
 * @param linkedGlibc    the newest glibc the extension's symbols need, as {@code 2_17} (Rust's standard library's floor)
 */
public record BuiltWheelNames(CibuildwheelRelease release, Map<String, String> manylinuxImage,
                              Optional<String> macosTarget, String linkedGlibc) {

    private static final TomlMapper TOML = new TomlMapper();
    private static final Pattern IMAGE = Pattern.compile("manylinux(?:_(\\d+)_(\\d+)|(1|2010|2014))");
    private static final Pattern TARGET = Pattern.compile("MACOSX_DEPLOYMENT_TARGET=[\"']?(\\d+(?:\\.\\d+)?)");
    private static final List<String> LINUX_ARCHS = List.of("x86_64", "i686", "aarch64", "ppc64le", "s390x",
            "armv7l", "riscv64");

    public BuiltWheelNames {
        manylinuxImage = Map.copyOf(manylinuxImage);
    }

    /**
     * Reads the settings from the package's {@code pyproject.toml} text (when at hand) and the environment the
     * cibuildwheel step sees; {@code CIBW_*} variables outrank the file, as cibuildwheel reads them.
     */
    public static BuiltWheelNames of(Optional<String> pyproject, Map<String, String> env, CibuildwheelRelease release) {
        JsonNode cibw = pyproject.flatMap(BuiltWheelNames::tree).map(t -> t.path("tool").path("cibuildwheel"))
                .orElse(null);
        Map<String, String> images = new java.util.LinkedHashMap<>();
        for (String arch : LINUX_ARCHS) {
            String key = "manylinux-" + arch + "-image";
            String fromEnv = env.get("CIBW_MANYLINUX_" + arch.toUpperCase(Locale.ROOT) + "_IMAGE");
            String fromFile = cibw == null ? null : text(cibw.path("linux").get(key)).or(() -> text(cibw.get(key)))
                    .orElse(null);
            String value = fromEnv != null && !fromEnv.isBlank() ? fromEnv : fromFile;
            if (value != null) {
                policy(value).ifPresent(p -> images.put(arch, p));
            }
        }
        Optional<String> target = target(env.get("CIBW_ENVIRONMENT_MACOS"))
                .or(() -> target(env.get("CIBW_ENVIRONMENT")))
                .or(() -> cibw == null ? Optional.empty() : tableTarget(cibw.path("macos").get("environment")))
                .or(() -> cibw == null ? Optional.empty() : tableTarget(cibw.get("environment")))
                .or(() -> Optional.ofNullable(env.get("MACOSX_DEPLOYMENT_TARGET")).filter(s -> !s.isBlank()));
        return new BuiltWheelNames(release, images, target, "2_17");
    }

    /** The file name for {@code identifier} of {@code project} at {@code version}; empty for unmodelled platforms. */
    public Optional<WheelFileName> fileName(String project, String version, BuildIdentifier identifier) {
        return WheelExpectation.of(identifier).map(e -> WheelFileName.of(project, version, e.python(), e.abi(),
                platformTags(identifier, e.platform())));
    }

    private List<String> platformTags(BuildIdentifier identifier, WheelPlatform platform) {
        return switch (platform.family()) {
            case "manylinux" -> manylinux(platform.arch());
            case "musllinux" -> List.of("musllinux_1_2_" + platform.arch());
            case "macosx" -> List.of(macos(identifier, platform.arch()));
            default -> List.of(platform.tag());
        };
    }

    private List<String> manylinux(String arch) {
        String image = manylinuxImage.getOrDefault(arch, defaultImage(arch));
        String[] parts = image.split("_");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        String[] linked = linkedGlibc.split("_");
        int linkedMajor = Integer.parseInt(linked[0]);
        int linkedMinor = Integer.parseInt(linked[1]);
        List<String> tags = new ArrayList<>();
        boolean olderFits = !arch.equals("riscv64") && !arch.equals("armv7l")
                && (linkedMajor < major || (linkedMajor == major && linkedMinor < minor));
        if (olderFits) {
            tags.addAll(withAlias(linkedMajor, linkedMinor, arch));
        }
        tags.addAll(withAlias(major, minor, arch));
        return tags;
    }

    private static List<String> withAlias(int major, int minor, String arch) {
        String pep600 = "manylinux_" + major + "_" + minor + "_" + arch;
        String legacy = major == 2 && minor == 17 ? "manylinux2014_" + arch
                : major == 2 && minor == 12 ? "manylinux2010_" + arch
                : major == 2 && minor == 5 ? "manylinux1_" + arch : null;
        return legacy == null ? List.of(pep600) : List.of(pep600, legacy);
    }

    private String defaultImage(String arch) {
        if (arch.equals("armv7l")) {
            return "2_31";
        }
        if (arch.equals("riscv64")) {
            return "2_39";
        }
        if (release.atLeast(3, 0)) {
            return "2_28";
        }
        return release.atLeast(2, 3) ? "2_17" : "2_12";
    }

    private String macos(BuildIdentifier identifier, String arch) {
        int[] floor;
        if (arch.equals("arm64")) {
            floor = new int[]{11, 0};
        } else if (identifier.interpreter() == Interpreter.CPYTHON && identifier.pythonMinor() >= 12) {
            floor = new int[]{10, 13};
        } else if (identifier.interpreter() == Interpreter.PYPY && identifier.pythonMinor() >= 9) {
            floor = new int[]{10, 15};
        } else {
            floor = new int[]{10, 9};
        }
        int[] wanted = macosTarget.map(BuiltWheelNames::version).orElse(floor);
        int[] chosen = wanted[0] * 100 + wanted[1] > floor[0] * 100 + floor[1] ? wanted : floor;
        // macOS 11 and later are tagged by their major version only.
        return "macosx_" + chosen[0] + "_" + (chosen[0] >= 11 ? 0 : chosen[1]) + "_" + arch;
    }

    private static int[] version(String text) {
        String[] parts = text.trim().split("\\.");
        return new int[]{Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }

    private static Optional<String> policy(String image) {
        Matcher m = IMAGE.matcher(image);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(switch (m.group(3)) {
                case "1" -> "2_5";
                case "2010" -> "2_12";
                default -> "2_17";
            });
        }
        return Optional.of(m.group(1) + "_" + m.group(2));
    }

    private static Optional<String> target(String environmentOption) {
        if (environmentOption == null) {
            return Optional.empty();
        }
        Matcher m = TARGET.matcher(environmentOption);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> tableTarget(JsonNode environment) {
        if (environment == null) {
            return Optional.empty();
        }
        if (environment.isTextual()) {
            return target(environment.asText());
        }
        return text(environment.get("MACOSX_DEPLOYMENT_TARGET"));
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Optional<JsonNode> tree(String text) {
        try {
            return Optional.ofNullable(TOML.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
