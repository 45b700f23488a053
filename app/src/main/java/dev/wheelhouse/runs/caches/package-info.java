/**
 * The repository's Actions cache: usage, every entry (all pages), deletion by id or key
 * ({@link dev.wheelhouse.runs.caches.ActionsCaches}), and the view of it against GitHub's 10 GB
 * limit with the sccache entries picked out ({@link dev.wheelhouse.runs.caches.CacheStorage}).
 */
package dev.wheelhouse.runs.caches;
