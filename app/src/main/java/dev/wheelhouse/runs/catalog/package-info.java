/**
 * The workflows of a repository ({@link dev.wheelhouse.runs.catalog.WorkflowCatalog}): each with
 * its file read at a ref, its {@code workflow_dispatch} inputs, or why it cannot be dispatched.
 * The runs list's "Dispatch…" and "Open from GitHub" read it.
 */
package dev.wheelhouse.runs.catalog;
