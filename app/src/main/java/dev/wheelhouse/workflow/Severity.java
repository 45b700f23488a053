package dev.wheelhouse.workflow;

/** How bad a problem is: an error stops GitHub from running the workflow, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in JSON output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
