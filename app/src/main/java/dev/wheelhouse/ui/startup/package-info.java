/**
 * How the window's start is observed from outside: the moments it appeared, painted its first
 * frame and reached its ready state, for the start-up benchmark and the packaging's training run.
 */
package dev.wheelhouse.ui.startup;
