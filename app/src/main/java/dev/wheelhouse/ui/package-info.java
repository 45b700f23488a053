/**
 * The composition root, and nothing else: {@link dev.wheelhouse.ui.WheelhouseApp} reads the
 * {@code LaunchOptions} once, makes every service ({@link dev.wheelhouse.ui.Connections},
 * {@link dev.wheelhouse.ui.ConnectionServices} per connection, {@link dev.wheelhouse.ui.LocalHistory})
 * and hands each screen the collaborators it uses ({@link dev.wheelhouse.ui.AppScreens}). No class
 * below this package imports it; {@code UiRulesTest} holds the floors: root, then the
 * {@code demo} hooks, then the screens ({@code matrix}, {@code runs}, {@code cache},
 * {@code settings}), then what they share ({@code common}, {@code connection}, {@code grid},
 * {@code launch}, {@code shell}, {@code task}, {@code theme}).
 */
package dev.wheelhouse.ui;
