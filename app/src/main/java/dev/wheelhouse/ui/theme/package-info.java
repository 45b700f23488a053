/**
 * The look: {@link dev.wheelhouse.ui.theme.ThemeSwitcher} applies AtlantaFX's Primer theme, light
 * or dark, app-wide, with the app's own style sheet. Knows no screen.
 */
package dev.wheelhouse.ui.theme;
