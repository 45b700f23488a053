package dev.wheelhouse.history;

/** One language's cache figures in a job; null where the log did not give them. */
public record LanguageCounts(Long hits, Long misses, Long errors) {
}
