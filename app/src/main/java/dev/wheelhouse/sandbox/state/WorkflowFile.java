package dev.wheelhouse.sandbox.state;

/** A workflow as the Actions API lists it: an id, its file, and its display name. */
public record WorkflowFile(long id, String path, String name) {

    /** The file name, e.g. {@code release.yml}; the API accepts it in place of the id. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
