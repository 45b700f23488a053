/**
 * The sandbox's in-memory data: repositories (files by branch, commits, refs), their
 * workflows, and the runs dispatched in them with every attempt's timeline.
 */
package dev.wheelhouse.sandbox.state;
