/**
 * The GitHub REST endpoints the sandbox serves: route tables per area and the builders that
 * turn the sandbox's state into {@code dev.wheelhouse.github.model} payloads at a moment.
 */
package dev.wheelhouse.sandbox.api;
