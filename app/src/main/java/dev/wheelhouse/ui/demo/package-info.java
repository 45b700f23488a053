/**
 * Demo and screenshot hooks: launch options that, against the built-in sandbox, dispatch runs at
 * start so the Runs and Cache screens show something. Wired by the composition root only; no
 * screen knows of them.
 */
package dev.wheelhouse.ui.demo;
