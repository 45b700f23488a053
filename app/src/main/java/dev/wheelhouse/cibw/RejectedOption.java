package dev.wheelhouse.cibw;

/** A setting the pinned cibuildwheel release refuses, with the message that release stops with. */
public final class RejectedOption extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedOption(String cibuildwheelMessage) {
        super(cibuildwheelMessage, null, false, false);
    }
}
