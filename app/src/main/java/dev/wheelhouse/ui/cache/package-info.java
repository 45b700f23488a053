/**
 * The Cache screen: how sccache did over a workflow's runs (Trends, read from the history) and
 * what the repository's Actions cache holds (Storage, from GitHub, with deletion). Its view models
 * ({@link dev.wheelhouse.ui.cache.TrendsViewModel}, {@link dev.wheelhouse.ui.cache.StorageViewModel})
 * do their reading through the task executor and are tested without a window. A screen: imports
 * no other screen.
 */
package dev.wheelhouse.ui.cache;
