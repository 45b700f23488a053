/**
 * The window's frame, shared by every screen: {@link dev.wheelhouse.ui.shell.MainWindow} (side bar,
 * current {@link dev.wheelhouse.ui.shell.Screen}, status bar), the last-resort
 * {@link dev.wheelhouse.ui.shell.ErrorReporter}, and {@link dev.wheelhouse.ui.shell.UserMessages},
 * which turns an exception into a sentence. Knows no screen.
 */
package dev.wheelhouse.ui.shell;
