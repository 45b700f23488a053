package dev.wheelhouse.github;

import java.util.regex.Pattern;

/** A repository as {@code owner/name}. */
public record RepositoryRef(String owner, String name) {

    // GitHub allows letters, digits, '-', '_' and '.' in repository names; owners are stricter,
    // but Enterprise instances allow '_' too, so both are checked against the same set.
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");

    public RepositoryRef {
        if (owner == null || !PART.matcher(owner).matches() || name == null || !PART.matcher(name).matches()
                || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("\"" + owner + "/" + name + "\" is not a repository name. "
                    + "Use OWNER/NAME, e.g. pyo3/maturin.");
        }
    }

    /**
     * Reads {@code owner/name}; a trailing {@code .git} is dropped.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static RepositoryRef parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith(".git")) {
            t = t.substring(0, t.length() - 4);
        }
        int slash = t.indexOf('/');
        if (slash <= 0 || slash != t.lastIndexOf('/') || slash == t.length() - 1) {
            throw new IllegalArgumentException("\"" + (text == null ? "" : text.strip())
                    + "\" is not a repository name. Use OWNER/NAME, e.g. pyo3/maturin.");
        }
        return new RepositoryRef(t.substring(0, slash), t.substring(slash + 1));
    }

    public String fullName() {
        return owner + "/" + name;
    }

    /** The API path prefix, {@code /repos/owner/name}. */
    String apiPath() {
        return "/repos/" + owner + "/" + name;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
