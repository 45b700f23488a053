/**
 * The Actions REST calls the other {@code runs} packages make, typed, over the client's one
 * transport ({@link dev.wheelhouse.runs.api.ActionsCalls}): runs and jobs as conditional GETs,
 * annotations, run pages, cancel and re-run.
 */
package dev.wheelhouse.runs.api;
