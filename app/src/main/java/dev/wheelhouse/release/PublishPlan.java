package dev.wheelhouse.release;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the publish job would upload: the files of the artifacts its {@code download-artifact} step takes, merged as
 * {@code merge-multiple} merges them (a later file of the same name replaces an earlier one).
 *
 * @param step      the publish job
 * @param artifacts the artifacts it takes, in the order GitHub lists them
 * @param files     what ends up in its packages folder, with the artifact each file comes from
 * @param replaced  files an artifact brought that a later one replaced
 * @param problem   why it would publish nothing, when it would not
 */
public record PublishPlan(PublishStep step, List<String> artifacts, List<PublishedFile> files,
                          List<PublishedFile> replaced, Optional<String> problem) {

    public PublishPlan {
        Objects.requireNonNull(step);
        artifacts = List.copyOf(artifacts);
        files = List.copyOf(files);
        replaced = List.copyOf(replaced);
        Objects.requireNonNull(problem);
    }

    /** A file in the publish job's folder and where it came from. */
    public record PublishedFile(String name, String artifact, long size) {
    }
}
