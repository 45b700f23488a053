package dev.wheelhouse.sccache;

/** How a statistics block was printed. */
public enum StatsFormat {
    /** The human-readable `sccache --show-stats` table. */
    TEXT("text"),
    /** `sccache --show-stats --stats-format=json`, on one line or pretty-printed. */
    JSON("json"),
    /** sccache-action's one-line notice `NN% - X hits, Y misses, Z errors`. */
    NOTICE("notice");

    private final String wireName;

    StatsFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in `stats --json` output. */
    public String wireName() {
        return wireName;
    }
}
