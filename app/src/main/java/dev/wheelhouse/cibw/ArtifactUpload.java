package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@code actions/upload-artifact} step (https://github.com/actions/upload-artifact, v4 semantics): the
 * artifact's name ({@code artifact} when none is given), the path patterns (one per line, {@code !} excludes),
 * what happens when nothing matches, and how long GitHub keeps it. The files land in the zip relative to the
 * least common ancestor of the search paths (the part of each pattern before its first wildcard), as the action
 * lays them out.
 *
 * @param name             the artifact's name, evaluated
 * @param paths            the path lines as written, evaluated
 * @param ifNoFilesFound   {@code warn} (default), {@code error} or {@code ignore}
 * @param retentionDays    {@code retention-days}, when set
 * @param compressionLevel {@code compression-level} (0–9), 6 by default
 */
public record ArtifactUpload(String name, List<String> paths, String ifNoFilesFound, OptionalInt retentionDays,
                             int compressionLevel) {

    public ArtifactUpload {
        paths = List.copyOf(paths);
    }

    /** The upload of a step that uses {@code actions/upload-artifact}; empty for any other step. */
    public static Optional<ArtifactUpload> of(RenderedStep step) {
        if (!uses(step, "actions/upload-artifact@")) {
            return Optional.empty();
        }
        Map<String, String> with = step.with();
        String name = Optional.ofNullable(with.get("name")).map(String::trim).filter(s -> !s.isEmpty()).orElse("artifact");
        List<String> paths = new ArrayList<>();
        for (String line : Optional.ofNullable(with.get("path")).orElse("").split("\\r?\\n")) {
            if (!line.isBlank()) {
                paths.add(line.trim());
            }
        }
        String ifNone = Optional.ofNullable(with.get("if-no-files-found")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> s.equals("error") || s.equals("ignore")).orElse("warn");
        OptionalInt retention = number(with.get("retention-days"));
        int level = number(with.get("compression-level")).orElse(6);
        return Optional.of(new ArtifactUpload(name, paths, ifNone, retention, Math.max(0, Math.min(9, level))));
    }

    /**
     * The files of the workspace this upload takes, by their path inside the artifact (in the order given).
     *
     * @param workspaceFiles files the job has written, workspace-relative with forward slashes
     */
    public Map<String, String> select(List<String> workspaceFiles) {
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (String line : paths) {
            if (line.startsWith("!")) {
                excludes.add(Paths.clean(line.substring(1)));
            } else {
                includes.add(Paths.clean(line));
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String file : workspaceFiles) {
            String f = Paths.clean(file);
            if (includes.stream().anyMatch(p -> covers(p, f)) && excludes.stream().noneMatch(p -> covers(p, f))
                    && !chosen.contains(f)) {
                chosen.add(f);
            }
        }
        String root = root(includes, chosen);
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : chosen) {
            out.put(root.isEmpty() ? f : f.substring(root.length() + 1), f);
        }
        return out;
    }

    /** A pattern covers a file it matches, and every file under a directory it matches. */
    private static boolean covers(String pattern, String file) {
        if (pattern.equals(".")) {
            return true;
        }
        PathGlob glob = PathGlob.of(pattern);
        if (glob.matches(file)) {
            return true;
        }
        String dir = file;
        while (dir.contains("/")) {
            dir = dir.substring(0, dir.lastIndexOf('/'));
            if (glob.matches(dir)) {
                return true;
            }
        }
        return false;
    }

    /** The least common ancestor of the search paths; a single literal file's own directory. */
    private static String root(List<String> includes, List<String> chosen) {
        List<String> searchPaths = new ArrayList<>();
        for (String include : includes) {
            List<String> kept = new ArrayList<>();
            for (String segment : include.split("/")) {
                if (PathGlob.hasWildcard(segment)) {
                    break;
                }
                kept.add(segment);
            }
            String search = String.join("/", kept);
            if (!PathGlob.hasWildcard(include) && chosen.contains(include)) {
                // A literal file: its folder is the root.
                search = include.contains("/") ? include.substring(0, include.lastIndexOf('/')) : "";
            }
            searchPaths.add(search.equals(".") ? "" : search);
        }
        if (searchPaths.isEmpty()) {
            return "";
        }
        String[] common = searchPaths.get(0).isEmpty() ? new String[0] : searchPaths.get(0).split("/");
        int length = common.length;
        for (String path : searchPaths) {
            String[] segments = path.isEmpty() ? new String[0] : path.split("/");
            int i = 0;
            while (i < length && i < segments.length && segments[i].equals(common[i])) {
                i++;
            }
            length = i;
        }
        return String.join("/", java.util.Arrays.copyOf(common, length));
    }

    static boolean uses(RenderedStep step, String prefix) {
        return step.uses().map(u -> u.trim().toLowerCase(Locale.ROOT).startsWith(prefix)).orElse(false);
    }

    private static OptionalInt number(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
