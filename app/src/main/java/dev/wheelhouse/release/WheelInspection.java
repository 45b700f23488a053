package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelFileName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a wheel's {@code .dist-info} agrees with its file name, as installers require
 * (https://packaging.python.org/en/latest/specifications/binary-distribution-format/): the folder is
 * {@code {distribution}-{version}.dist-info}, {@code METADATA} names the same project and version, {@code WHEEL}
 * lists exactly the tags the name expands to, and {@code RECORD} is there.
 */
final class WheelInspection {

    private WheelInspection() {
    }

    /**
     * @param distInfo the text of the files directly in the wheel's {@code .dist-info} folders, by path
     * @return one line per disagreement; empty when the wheel agrees with its name
     */
    static List<String> problems(WheelFileName name, Map<String, String> distInfo) {
        List<String> problems = new ArrayList<>();
        Set<String> folders = new TreeSet<>();
        distInfo.keySet().forEach(p -> folders.add(p.substring(0, p.indexOf('/'))));
        String expected = name.distribution() + "-" + name.version() + ".dist-info";
        String folder = folders.stream().filter(f -> f.equalsIgnoreCase(expected)).findFirst()
                .orElse(folders.isEmpty() ? null : folders.iterator().next());
        if (folder == null) {
            problems.add("has no .dist-info folder");
            return problems;
        }
        if (!folder.equalsIgnoreCase(expected)) {
            problems.add("its metadata folder is " + folder + ", not " + expected);
        }
        String metadata = distInfo.get(folder + "/METADATA");
        if (metadata == null) {
            problems.add("has no " + folder + "/METADATA");
        } else {
            Map<String, List<String>> headers = headers(metadata);
            String project = first(headers, "name");
            String version = first(headers, "version");
            if (project == null || !WheelFileName.escapeName(project).equals(WheelFileName.escapeName(name.distribution()))) {
                problems.add("METADATA names project " + project + ", the file name " + name.distribution());
            }
            if (version == null || !WheelFileName.escapeVersion(version).equals(name.version())) {
                problems.add("METADATA says version " + version + ", the file name " + name.version());
            }
        }
        String wheel = distInfo.get(folder + "/WHEEL");
        if (wheel == null) {
            problems.add("has no " + folder + "/WHEEL");
        } else {
            Set<String> tags = new TreeSet<>(headers(wheel).getOrDefault("tag", List.of()));
            Set<String> named = new TreeSet<>();
            name.tags().forEach(t -> named.add(t.toString()));
            if (!tags.equals(named)) {
                problems.add("WHEEL lists tags " + tags + ", the file name stands for " + named);
            }
        }
        if (!distInfo.containsKey(folder + "/RECORD")) {
            problems.add("has no " + folder + "/RECORD");
        }
        return problems;
    }

    /** The header section of an email-style metadata file: name (lower case) to every value. */
    private static Map<String, List<String>> headers(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : text.split("\\r?\\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                out.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
