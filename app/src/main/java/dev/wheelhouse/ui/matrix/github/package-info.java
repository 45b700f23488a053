/**
 * The editor's GitHub side: open a workflow of the connected repository
 * ({@link dev.wheelhouse.ui.matrix.github.OpenFromGitHubDialog}), and push the edited workflow to
 * a new branch and dispatch it there ({@link dev.wheelhouse.ui.matrix.github.PushDispatchViewModel},
 * {@link dev.wheelhouse.ui.matrix.github.PushDispatchDialog}). Part of the matrix screen.
 */
package dev.wheelhouse.ui.matrix.github;
