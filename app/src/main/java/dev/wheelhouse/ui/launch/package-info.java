/**
 * The window's launch options ({@link dev.wheelhouse.ui.launch.LaunchOptions}): every
 * {@code wheelhouse.*} system property, read once at start by the composition root and handed
 * on as values, and whether the window has a display to open on
 * ({@link dev.wheelhouse.ui.launch.WindowDisplay}). No other class of the window reads a system property.
 */
package dev.wheelhouse.ui.launch;
