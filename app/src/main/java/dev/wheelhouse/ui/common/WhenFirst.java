package dev.wheelhouse.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.function.Predicate;

/**
 * Runs something once, the first time a state holds (now, or when it changes to hold), then stops
 * listening: how a view makes a part the first frame does not show (a hidden banner, a busy
 * indicator, a picker with nothing to pick) when it is first needed (issue 15). Listens to the
 * state itself, not to a binding made from it, which the state would hold only weakly.
 */
public final class WhenFirst {

    private WhenFirst() {
    }

    /** Runs {@code action} once, as soon as {@code value} passes {@code test}. */
    public static <T> void holds(ObservableValue<T> value, Predicate<? super T> test, Runnable action) {
        if (test.test(value.getValue())) {
            action.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T now) {
                if (test.test(now)) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Runs {@code action} once, as soon as {@code list} has an element. */
    public static void nonEmpty(ObservableList<?> list, Runnable action) {
        if (!list.isEmpty()) {
            action.run();
            return;
        }
        list.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!list.isEmpty()) {
                    list.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
