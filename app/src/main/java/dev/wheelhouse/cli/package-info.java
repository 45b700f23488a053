/**
 * The headless commands of the jar ({@link dev.wheelhouse.cli.Commands} lists them, picocli parses
 * them): {@code matrix show|edit}, {@code wheels}, {@code stats}, {@code dispatch}, {@code watch},
 * {@code sandbox}. Each exits 0, 1 or 2 with one line on standard error and never a stack trace;
 * the network commands take {@code --api} so scripts and tests drive them against the sandbox.
 * Never loads a JavaFX class.
 */
package dev.wheelhouse.cli;
