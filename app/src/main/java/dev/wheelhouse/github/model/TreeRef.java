package dev.wheelhouse.github.model;

/** A commit's tree. */
public record TreeRef(String sha, String url) {
}
