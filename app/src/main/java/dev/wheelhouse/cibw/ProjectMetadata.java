package dev.wheelhouse.cibw;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.util.List;
import java.util.Optional;

/**
 * A Python project's name and version as its build would stamp them on wheels and the sdist: {@code [project]}
 * of {@code pyproject.toml}, or, when the version is {@code dynamic} (maturin and setuptools-rust projects), the
 * Cargo manifest's {@code [package] version} (or {@code [workspace.package] version}).
 *
 * @param name    the project's name as written
 * @param version the version, when it can be read
 * @param source  where the version came from, for messages ({@code pyproject.toml}, {@code Cargo.toml})
 */
public record ProjectMetadata(String name, Optional<String> version, String source) {

    private static final TomlMapper TOML = new TomlMapper();

    /** The metadata of the project, or empty when there is no readable {@code pyproject.toml} with a name. */
    public static Optional<ProjectMetadata> read(ProjectFiles files) {
        Optional<JsonNode> pyproject = files.read("pyproject.toml").flatMap(ProjectMetadata::tree);
        Optional<String> name = pyproject.map(t -> t.path("project").path("name").asText("")).filter(s -> !s.isBlank());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> version = pyproject.map(t -> t.path("project").path("version").asText(""))
                .filter(s -> !s.isBlank());
        if (version.isPresent()) {
            return Optional.of(new ProjectMetadata(name.get(), version, "pyproject.toml"));
        }
        for (String manifest : List.of("Cargo.toml", "python/Cargo.toml")) {
            Optional<String> cargo = files.read(manifest).flatMap(ProjectMetadata::tree)
                    .map(t -> t.path("package").path("version").isTextual() ? t.path("package").path("version").asText()
                            : t.path("workspace").path("package").path("version").asText(""))
                    .filter(s -> !s.isBlank());
            if (cargo.isPresent()) {
                return Optional.of(new ProjectMetadata(name.get(), cargo, manifest));
            }
        }
        return Optional.of(new ProjectMetadata(name.get(), Optional.empty(), "pyproject.toml"));
    }

    private static Optional<JsonNode> tree(String text) {
        try {
            return Optional.ofNullable(TOML.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
