package dev.wheelhouse.cibw;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code actions/download-artifact} step (v4, https://github.com/actions/download-artifact): one artifact by
 * {@code name} (extracted straight into {@code path}), the artifacts whose names match {@code pattern}, or every
 * artifact of the run; with several, each goes into {@code path/<artifact name>/} unless {@code merge-multiple}
 * puts all their files into {@code path} itself, where a later file of the same name replaces an earlier one.
 *
 * @param name          the one artifact wanted, when given
 * @param pattern       the name glob, when given
 * @param path          where files land, workspace-relative ({@code .} by default)
 * @param mergeMultiple {@code merge-multiple}
 */
public record ArtifactDownload(Optional<String> name, Optional<String> pattern, String path, boolean mergeMultiple) {

    /** The download of a step that uses {@code actions/download-artifact}; empty for any other step. */
    public static Optional<ArtifactDownload> of(RenderedStep step) {
        if (!ArtifactUpload.uses(step, "actions/download-artifact@")) {
            return Optional.empty();
        }
        Map<String, String> with = step.with();
        Optional<String> name = Optional.ofNullable(with.get("name")).map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> pattern = Optional.ofNullable(with.get("pattern")).map(String::trim).filter(s -> !s.isEmpty());
        String path = Optional.ofNullable(with.get("path")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Paths::clean).orElse(".");
        boolean merge = Optional.ofNullable(with.get("merge-multiple")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .map(s -> s.equals("true")).orElse(false);
        return Optional.of(new ArtifactDownload(name, pattern, path, merge));
    }

    /** Whether this step downloads the artifact called {@code artifactName}. */
    public boolean wants(String artifactName) {
        if (name.isPresent()) {
            return name.get().equals(artifactName);
        }
        return pattern.map(p -> PathGlob.of(p).matches(artifactName)).orElse(true);
    }

    /** Whether the files of the artifacts land directly in {@link #path()} (one named artifact, or merged). */
    public boolean flat() {
        return name.isPresent() || mergeMultiple;
    }
}
