/**
 * The window's launch options ({@link dev.wheelhouse.ui.launch.LaunchOptions}): every
 * {@code wheelhouse.*} system property, read once at start by the composition root and handed
 * on as values. No other class reads a system property.
 */
package dev.wheelhouse.ui.launch;
