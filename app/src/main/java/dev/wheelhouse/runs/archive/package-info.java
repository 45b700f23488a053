/**
 * What a watched run leaves behind: {@link dev.wheelhouse.runs.archive.RunArchive} records runs,
 * jobs and their sccache figures as they complete ({@link dev.wheelhouse.runs.archive.HistoryRunArchive}
 * into the history store, so trends outlive GitHub's log retention) and answers the previous
 * run's figures for the cold-versus-warm comparison.
 */
package dev.wheelhouse.runs.archive;
