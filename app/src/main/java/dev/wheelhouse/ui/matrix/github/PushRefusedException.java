package dev.wheelhouse.ui.matrix.github;

/** A push that cannot be made as asked; the message is one sentence or two for the user. */
final class PushRefusedException extends RuntimeException {

    PushRefusedException(String message) {
        super(message);
    }
}
