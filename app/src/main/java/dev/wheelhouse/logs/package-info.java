/**
 * Job logs as bytes on their way in: one streaming reader shared by every scan of a log (sccache
 * statistics, failure reasons, the log viewer's model). It splits lines through one fixed buffer,
 * skips what is not the line's own text (a byte-order mark, GitHub's timestamps, syslog-style
 * prefixes, colour codes) by looking at bytes, decodes only the lines a scan asks for, reads
 * UTF-16 logs too, and refuses what is not a regular file. A 1 GB log is read in a few MB of heap.
 * A log file on disk is read on every core ({@link dev.wheelhouse.logs.ParallelLogPass}): workers
 * find the lines the scans want in chunks of it, and the scans see what one reader shows them.
 *
 * <p>{@link dev.wheelhouse.logs.view} models a log for a virtualised viewer. No JavaFX and no HTTP
 * here.
 */
package dev.wheelhouse.logs;
