package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.ArtifactUpload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one job of a planned run writes and uploads, by step index (the step's position in the job).
 *
 * @param jobName     the job's display name
 * @param written     the files each step writes when it runs
 * @param uploads     the {@code upload-artifact} steps
 * @param environment the environment the job targets, if any
 * @param expires     whether the job's artifacts are already expired (fault)
 */
public record JobOutputs(String jobName, Map<Integer, List<OutputFile>> written, Map<Integer, ArtifactUpload> uploads,
                         Optional<String> environment, boolean expires) {

    public JobOutputs {
        written = Map.copyOf(written);
        uploads = Map.copyOf(uploads);
    }
}
