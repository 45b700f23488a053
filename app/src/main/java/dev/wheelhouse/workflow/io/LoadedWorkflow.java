package dev.wheelhouse.workflow.io;

import java.nio.file.Path;

/** A workflow file's text as read from disk, and its fingerprint at that moment. */
public record LoadedWorkflow(Path path, String text, Fingerprint fingerprint) {
}
