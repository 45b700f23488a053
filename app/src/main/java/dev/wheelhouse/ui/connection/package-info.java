/**
 * The live connection every screen works through, shared below them:
 * {@link dev.wheelhouse.ui.connection.ConnectionManager} connects (a token from the usual sources,
 * or the embedded sandbox with none) in the background through a
 * {@link dev.wheelhouse.ui.connection.Connector} the composition root supplies;
 * {@link dev.wheelhouse.ui.connection.ConnectedMonitor} holds the connection's services
 * ({@link dev.wheelhouse.ui.connection.MonitoredRepository}) that the root's
 * {@link dev.wheelhouse.ui.connection.RepositoryWiring} builds, and closes them with it. Never
 * makes a service itself; knows no screen.
 */
package dev.wheelhouse.ui.connection;
