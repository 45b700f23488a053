package dev.wheelhouse.workflow.edit;

/** Which list of a matrix an entry edit targets. */
public enum EntryList {
    INCLUDE("include"), EXCLUDE("exclude");

    private final String key;

    EntryList(String key) {
        this.key = key;
    }

    /** The YAML key: {@code include} or {@code exclude}. */
    public String key() {
        return key;
    }
}
