package dev.wheelhouse.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Consumer;

/**
 * A control's tooltip, made when it can first be wanted: as the pointer enters the control, or as
 * the control takes the keyboard focus (a screen reader reads the tooltip as the control's help).
 * A {@link Tooltip} is a popup window with a scene of its own, styled against the whole theme as it
 * is made: made with the window, the first frame's twenty cost the start about a sixth of the FX
 * thread's time before the window appeared (issue 15), and most are never shown.
 *
 * <p>The pointer's move that entered the control is delivered after the enter event, to the tooltip
 * just installed, so it shows after the usual delay, as an eager one would. A control that already
 * has a tooltip keeps it.
 */
public final class LazyTooltip {

    private final Control control;
    private final Consumer<Tooltip> fill;
    private final EventHandler<MouseEvent> onEnter = event -> make();
    private final ChangeListener<Boolean> onFocus = (obs, was, focused) -> {
        if (focused) {
            make();
        }
    };

    private LazyTooltip(Control control, Consumer<Tooltip> fill) {
        this.control = control;
        this.fill = fill;
    }

    /** Gives {@code control} a tooltip saying {@code text}, made when first wanted. */
    public static void install(Control control, String text) {
        new LazyTooltip(control, tooltip -> tooltip.setText(text)).arm();
    }

    /** Gives {@code control} a tooltip that says what {@code text} holds, made when first wanted. */
    public static void install(Control control, ObservableValue<String> text) {
        new LazyTooltip(control, tooltip -> tooltip.textProperty().bind(text)).arm();
    }

    private void arm() {
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
        control.focusedProperty().addListener(onFocus);
        if (control.isFocused()) {
            make();
        }
    }

    private void make() {
        control.removeEventFilter(MouseEvent.MOUSE_ENTERED, onEnter);
        control.focusedProperty().removeListener(onFocus);
        if (control.getTooltip() == null) {
            Tooltip tooltip = new Tooltip();
            fill.accept(tooltip);
            control.setTooltip(tooltip);
        }
    }
}
