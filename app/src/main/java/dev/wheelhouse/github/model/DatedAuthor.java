package dev.wheelhouse.github.model;

import java.time.Instant;

/** A git author or committer with the time of the commit. */
public record DatedAuthor(String name, String email, Instant date) {
}
