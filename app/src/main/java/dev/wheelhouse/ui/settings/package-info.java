/**
 * The Settings screen: the connection (server, repository, a token typed in and never stored),
 * notifications and appearance. {@link dev.wheelhouse.ui.settings.SettingsViewModel} holds the
 * form and reconnects through the task executor; it is tested without a window. A screen: imports
 * no other screen.
 */
package dev.wheelhouse.ui.settings;
