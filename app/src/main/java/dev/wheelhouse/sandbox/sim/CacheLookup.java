package dev.wheelhouse.sandbox.sim;

import java.time.Instant;

/** What the Actions cache holds for a job's sccache scope at a moment, as that job's ref sees it. */
@FunctionalInterface
public interface CacheLookup {

    /**
     * @param scope        the job's own key prefix, e.g. {@code sccache-macos-latest-cp312-}
     * @param sharedPrefix the prefix every Python version on that runner shares
     * @param ref          the run's ref; a ref reads its own caches and the default branch's
     */
    CacheWarmth warmth(String scope, String sharedPrefix, String ref, Instant at);

    /** An empty cache. */
    CacheLookup EMPTY = (scope, shared, ref, at) -> CacheWarmth.COLD;
}
