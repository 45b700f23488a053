package dev.wheelhouse.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a release tag names ({@code v0.9.0}, {@code 0.9.0}, {@code release-1.2}, {@code satkit-v2.0.0rc1}),
 * and PEP 440 equality: {@code 1.0} and {@code 1.0.0} are the same release, {@code 1.0.0-rc1} and {@code 1.0.0rc1}
 * the same pre-release (https://packaging.python.org/en/latest/specifications/version-specifiers/#normalization).
 */
public final class TagVersion {

    private static final Pattern VERSION = Pattern.compile("(?i)(\\d+(?:\\.\\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\\d*)?"
            + "(?:[-_.]?(?:post|rev|r)[-_.]?\\d*)?(?:[-_.]?dev[-_.]?\\d*)?(?:\\+[a-z0-9.]+)?)$");

    private TagVersion() {
    }

    /** The version at the end of a tag name; empty when the tag does not end in one. */
    public static Optional<String> of(String tag) {
        Matcher m = VERSION.matcher(tag.trim());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether two version strings are the same PEP 440 version. */
    public static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    static String normalized(String version) {
        String v = version.trim().toLowerCase(Locale.ROOT).replaceFirst("^v", "").replace('_', '.').replace('-', '.');
        String local = "";
        int plus = v.indexOf('+');
        if (plus >= 0) {
            local = v.substring(plus);
            v = v.substring(0, plus);
        }
        Matcher m = Pattern.compile("^(\\d+(?:\\.\\d+)*)(.*)$").matcher(v);
        if (!m.matches()) {
            return v + local;
        }
        List<String> release = new ArrayList<>(List.of(m.group(1).split("\\.")));
        while (release.size() > 1 && Integer.parseInt(release.get(release.size() - 1)) == 0) {
            release.remove(release.size() - 1);
        }
        List<String> numbers = release.stream().map(s -> String.valueOf(Integer.parseInt(s))).toList();
        String rest = m.group(2).replace(".", "").replace("alpha", "a").replace("beta", "b").replace("preview", "rc")
                .replace("pre", "rc").replaceAll("(?<![a-z])c(?=\\d|$)", "rc").replace("rev", "post");
        return String.join(".", numbers) + rest + local;
    }
}
