package dev.wheelhouse.github;

/** The commit a Contents API write made, and the new blob of the file. */
public record FileWrite(String commitSha, String blobSha, String commitHtmlUrl) {
}
