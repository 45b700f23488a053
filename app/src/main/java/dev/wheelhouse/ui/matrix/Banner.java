package dev.wheelhouse.ui.matrix;

/** A message across the top of the editor: what happened and, where there is one, what to do. */
public record Banner(Kind kind, String text) {

    public enum Kind { ERROR, WARNING, INFO }

    public static Banner error(String text) {
        return new Banner(Kind.ERROR, text);
    }

    public static Banner warning(String text) {
        return new Banner(Kind.WARNING, text);
    }

    public static Banner info(String text) {
        return new Banner(Kind.INFO, text);
    }
}
