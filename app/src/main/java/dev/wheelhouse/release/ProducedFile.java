package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelFileName;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file inside an artifact, as its zip's central directory lists it, with what its own metadata says.
 *
 * @param name      the path inside the artifact, e.g. {@code satkit-0.9.0-cp312-cp312-win_amd64.whl}
 * @param size      uncompressed bytes
 * @param crc       the CRC-32 the zip records: equal name, size and CRC mean the same bytes
 * @param wheel     the parsed wheel name, for a {@code .whl}
 * @param sdist     for a source distribution, its project name and version as the file name gives them
 * @param problems  where the wheel's {@code .dist-info} disagrees with its name (empty when it agrees)
 */
public record ProducedFile(String name, long size, long crc, Optional<WheelFileName> wheel,
                           Optional<SdistName> sdist, List<String> problems) {

    public ProducedFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(wheel);
        Objects.requireNonNull(sdist);
        problems = List.copyOf(problems);
    }

    /** A source distribution's name: {@code {name}-{version}.tar.gz}. */
    public record SdistName(String project, String version) {
    }

    /** The file name without the folders the artifact may hold it in. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    public boolean isWheel() {
        return wheel.isPresent();
    }

    public boolean isSdist() {
        return sdist.isPresent();
    }
}
