package dev.wheelhouse.sandbox.release;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version lines of the seeded project's files: what {@code cargo release} keeps in step with the tag. */
public final class ProjectVersion {

    private static final Pattern PROJECT_VERSION = Pattern.compile("(?m)^version\\s*=\\s*\"[^\"]*\"");

    private ProjectVersion() {
    }

    /** {@code pyproject.toml} with its first top-level {@code version = "…"} (the [project] one) set; nothing else changes. */
    public static byte[] set(byte[] pyproject, String version) {
        String text = new String(pyproject, StandardCharsets.UTF_8);
        Matcher m = PROJECT_VERSION.matcher(text);
        if (!m.find()) {
            return pyproject;
        }
        return (text.substring(0, m.start()) + "version = \"" + version + "\"" + text.substring(m.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A small Cargo manifest for a crate at {@code version}, with workspace members when it has some. */
    public static byte[] cargoManifest(String crate, String version, List<String> members) {
        StringBuilder text = new StringBuilder();
        if (!members.isEmpty()) {
            text.append("[workspace]\nmembers = [").append(String.join(", ", members.stream().map(m -> "\"" + m + "\"")
                    .toList())).append("]\n\n");
        }
        text.append("[package]\nname = \"").append(crate).append("\"\nversion = \"").append(version)
                .append("\"\nedition = \"2021\"\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
