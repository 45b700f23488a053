package dev.wheelhouse.sandbox.state;

/** A GitHub user who made something happen: dispatched a run, re-ran it. */
public record Actor(String login, long id) {
}
