package dev.wheelhouse.ui.logs;

import java.io.InputStream;
import java.util.concurrent.Callable;

/**
 * A log to open in the viewer.
 *
 * @param title   the job's name
 * @param htmlUrl the job on GitHub, for "Open in browser"; may be null
 * @param line    the 1-based line to open at (0: the top)
 * @param source  opens the log's stream (blocking: called off the FX thread); the viewer closes it
 */
public record LogRequest(String title, String htmlUrl, long line, Callable<InputStream> source) {
}
