/**
 * The log viewer: any job's log, streamed from the log cache into a file-backed line index
 * ({@link dev.wheelhouse.logs.LogFile}) and shown in a virtualised list, opened at a line (a
 * failure's key line), with timestamps on or off, colours, search, jump to errors, copy and save.
 */
package dev.wheelhouse.ui.logs;
