package dev.wheelhouse.github;

/**
 * A workflow as {@code GET …/actions/workflows} lists it.
 *
 * @param path  the file, e.g. {@code .github/workflows/release.yml}
 * @param state {@code active}, {@code disabled_manually}, …
 */
public record WorkflowSummary(long id, String name, String path, String state, String htmlUrl) {

    /** The file name, which the API accepts in place of the id. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
