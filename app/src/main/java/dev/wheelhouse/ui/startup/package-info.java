/**
 * The window's start: how it is observed from outside (the moments it appeared, painted its first
 * frame and reached its ready state, for the start-up benchmark and the packaging's training run)
 * and the head start it gets on what its first frame is slow to make (the icon font, the first
 * frame's control classes); what waits until that frame is painted
 * ({@link dev.wheelhouse.ui.startup.AfterFirstFrame}), as the render thread reports it
 * ({@link dev.wheelhouse.ui.startup.RenderedFrames}); and JavaFX's class-path warning, which it
 * does not log ({@link dev.wheelhouse.ui.startup.ClasspathWarning}).
 */
package dev.wheelhouse.ui.startup;
