/**
 * What several screens share, below all of them: the app's settings
 * ({@link dev.wheelhouse.ui.common.AppSettings}), the key table
 * ({@link dev.wheelhouse.ui.common.KeyBinding}), the sccache heat scale
 * ({@link dev.wheelhouse.ui.common.Heat}), counted words ({@link dev.wheelhouse.ui.common.Count})
 * and the typed form for {@code workflow_dispatch} inputs
 * ({@link dev.wheelhouse.ui.common.DispatchForm}) that both the editor's Push &amp; dispatch and
 * the runs list's Dispatch use; and what keeps the window's first frame light: tooltips made when
 * first wanted ({@link dev.wheelhouse.ui.common.LazyTooltip}) and parts made when first needed
 * ({@link dev.wheelhouse.ui.common.WhenFirst}). Nothing here imports a screen.
 */
package dev.wheelhouse.ui.common;
