/**
 * The embedded stand-in for the GitHub REST API on loopback that the app runs against with no
 * token, and every GitHub test runs against. {@link dev.wheelhouse.sandbox.Sandbox#start} takes a
 * {@link dev.wheelhouse.sandbox.SandboxConfig} (port, speed, seed, workflows, faults) and serves
 * one seeded repository. Sub-packages: {@code http} (the server, routing, ETags, rate limits,
 * faults), {@code api} (the routes and their payloads), {@code state} (the git repository,
 * workflows, runs, environments), {@code sim} (the simulated runner, its clock, sccache's output,
 * the Actions cache). It uses {@code github.model}, never the client, so it cannot agree with the
 * client by sharing its code.
 */
package dev.wheelhouse.sandbox;
