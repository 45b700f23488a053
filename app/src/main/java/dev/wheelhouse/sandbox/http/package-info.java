/**
 * The sandbox's HTTP plumbing, independent of what it serves: path templates and routing,
 * GitHub's request/response conventions (authentication, scopes, rate limits, conditional
 * requests, pagination, request ids), injected faults, request statistics and the separate
 * blob listener that serves signed log downloads.
 */
package dev.wheelhouse.sandbox.http;
