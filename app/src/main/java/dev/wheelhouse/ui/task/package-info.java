/**
 * Background work for view models: a {@link dev.wheelhouse.ui.task.BackgroundTask} runs off the FX
 * thread and publishes its result on it. The app uses {@link dev.wheelhouse.ui.task.FxTaskExecutor};
 * tests use {@link dev.wheelhouse.ui.task.DirectTaskExecutor} (or a scripted executor) so a view
 * model runs without threads or a window. Every disk or network call from a screen goes through
 * here.
 */
package dev.wheelhouse.ui.task;
