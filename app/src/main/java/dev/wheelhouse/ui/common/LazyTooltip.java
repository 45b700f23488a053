package dev.wheelhouse.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Consumer;

/**
 * A control's tooltip, made as the pointer first enters the control. A {@link Tooltip} is a popup
 * window with a scene of its own, styled against the whole theme as it is made: made with the
 * window, the first frame's twenty cost the start about a sixth of the FX thread's time before the
 * window appeared (issue 15), and most are never shown. Nor is it made for the keyboard focus:
 * JavaFX shows tooltips to the pointer only, and the window's first focus owner made one in the
 * first frame's pulse (20 ms before its styling began). Screen readers, which read a control's
 * tooltip as its help, get the text as the control's accessible help from the start.
 *
 * <p>The pointer's move that entered the control is delivered after the enter event, to the tooltip
 * just installed, so it shows after the usual delay, as an eager one would. A control that already
 * has a tooltip keeps it, and its help.
 */
public final class LazyTooltip {

    private final Control control;
    private final Consumer<Tooltip> fill;
    private final EventHandler<MouseEvent> onEnter = event -> make();

    private LazyTooltip(Control control, Consumer<Tooltip> fill) {
        this.control = control;
        this.fill = fill;
    }

    /** Gives {@code control} a tooltip saying {@code text}, made when first wanted. */
    public static void install(Control control, String text) {
        if (control.getTooltip() == null) {
            if (helpIsFree(control)) {
                control.setAccessibleHelp(text);
            }
            new LazyTooltip(control, tooltip -> tooltip.setText(text)).arm();
        }
    }

    /** Gives {@code control} a tooltip that says what {@code text} holds, made when first wanted. */
    public static void install(Control control, ObservableValue<String> text) {
        if (control.getTooltip() == null) {
            if (helpIsFree(control)) {
                control.accessibleHelpProperty().bind(text);
            }
            new LazyTooltip(control, tooltip -> tooltip.textProperty().bind(text)).arm();
        }
    }

    private static boolean helpIsFree(Control control) {
        return !control.accessibleHelpProperty().isBound() && control.getAccessibleHelp() == null;
    }

    private void arm() {
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
    }

    private void make() {
        control.removeEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
        if (control.getTooltip() == null) {
            Tooltip tooltip = new Tooltip();
            fill.accept(tooltip);
            control.setTooltip(tooltip);
        }
    }
}
