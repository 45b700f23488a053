/**
 * The jar's entry point, {@link dev.wheelhouse.Main}: no arguments open the window through
 * {@code ui}, a command runs headless through {@code cli} without loading a JavaFX class. The
 * layers below it, their one-way dependencies and the recipes for changing them are drawn in
 * {@code docs/architecture.md}; {@code LayersTest} and {@code UiRulesTest} hold them.
 */
package dev.wheelhouse;
