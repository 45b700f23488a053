package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.cibw.BuildIdentifier;

import java.util.Objects;
import java.util.Optional;

/**
 * A distribution a job writes into its workspace.
 *
 * @param directory  workspace-relative, e.g. {@code wheelhouse}
 * @param fileName   e.g. {@code satkit-0.9.0-cp312-cp312-win_amd64.whl}
 * @param identifier the cibuildwheel identifier a wheel was built for; empty for an sdist
 */
public record OutputFile(String directory, String fileName, Optional<BuildIdentifier> identifier) {

    public OutputFile {
        Objects.requireNonNull(directory);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(identifier);
    }

    public String path() {
        return directory.equals(".") ? fileName : directory + "/" + fileName;
    }

    public boolean wheel() {
        return identifier.isPresent();
    }
}
