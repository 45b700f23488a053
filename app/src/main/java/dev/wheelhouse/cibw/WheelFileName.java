package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A wheel's file name as the binary distribution format names it
 * (https://packaging.python.org/en/latest/specifications/binary-distribution-format/#file-name-convention):
 * {@code {distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl}, where each tag
 * may be a compressed set ({@code manylinux_2_17_x86_64.manylinux2014_x86_64}, {@code py2.py3}) that stands
 * for every combination of its parts.
 *
 * @param distribution the escaped name ({@code satkit}, {@code my_package})
 * @param version      the escaped version ({@code 0.9.0}, {@code 1.0_post1} has {@code _} for {@code -})
 * @param build        the build tag, when there is one
 * @param pythonTags   e.g. {@code [cp312]}
 * @param abiTags      e.g. {@code [cp312]}, {@code [abi3]}, {@code [cp313t]}
 * @param platformTags e.g. {@code [manylinux_2_17_x86_64, manylinux2014_x86_64]}
 */
public record WheelFileName(String distribution, String version, Optional<String> build, List<String> pythonTags,
                            List<String> abiTags, List<String> platformTags) {

    public WheelFileName {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(build, "build");
        pythonTags = List.copyOf(pythonTags);
        abiTags = List.copyOf(abiTags);
        platformTags = List.copyOf(platformTags);
    }

    /** One expanded tag triple, as a WHEEL file's {@code Tag:} line writes it: {@code cp312-cp312-win_amd64}. */
    public record Tag(String python, String abi, String platform) {
        @Override
        public String toString() {
            return python + "-" + abi + "-" + platform;
        }
    }

    /** The name, or empty when {@code fileName} is not a wheel's (wrong part count, empty part, no {@code .whl}). */
    public static Optional<WheelFileName> parse(String fileName) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".whl")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - 4);
        String[] parts = stem.split("-", -1);
        if (parts.length != 5 && parts.length != 6) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
        }
        int tags = parts.length - 3;
        Optional<String> build = parts.length == 6 ? Optional.of(parts[2]) : Optional.empty();
        if (build.isPresent() && !Character.isDigit(build.get().charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new WheelFileName(parts[0], parts[1], build, split(parts[tags]), split(parts[tags + 1]),
                split(parts[tags + 2])));
    }

    /** A wheel name for one python, abi and (possibly compressed) platform tag set. */
    public static WheelFileName of(String projectName, String version, String python, String abi, List<String> platforms) {
        return new WheelFileName(escapeName(projectName), escapeVersion(version), Optional.empty(), List.of(python),
                List.of(abi), platforms);
    }

    /**
     * The distribution name as a wheel's file name writes it: runs of {@code -_.} become one {@code _}, and the
     * name is lower-cased, as PEP 503 normalisation followed by the file-name escaping gives.
     */
    public static String escapeName(String projectName) {
        return projectName.trim().replaceAll("[-_.]+", "_").toLowerCase(Locale.ROOT);
    }

    /** The version as a file name writes it: {@code -} would split the name, so it is {@code _}. */
    public static String escapeVersion(String version) {
        return version.trim().replace('-', '_');
    }

    /** Every tag the compressed sets stand for, in name order. */
    public Set<Tag> tags() {
        Set<Tag> out = new LinkedHashSet<>();
        for (String python : pythonTags) {
            for (String abi : abiTags) {
                for (String platform : platformTags) {
                    out.add(new Tag(python, abi, platform));
                }
            }
        }
        return out;
    }

    /** Whether this name and {@code projectName} name the same distribution (PEP 503, as escaped). */
    public boolean names(String projectName) {
        return escapeName(distribution).equals(escapeName(projectName));
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of(distribution, version));
        build.ifPresent(parts::add);
        parts.add(String.join(".", pythonTags));
        parts.add(String.join(".", abiTags));
        parts.add(String.join(".", platformTags));
        return String.join("-", parts) + ".whl";
    }

    private static List<String> split(String compressed) {
        return Arrays.stream(compressed.split("\\.")).filter(s -> !s.isEmpty()).toList();
    }
}
