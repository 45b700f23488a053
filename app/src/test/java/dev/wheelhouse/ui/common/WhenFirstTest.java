package dev.wheelhouse.ui.common;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Something made when first needed is made once: at once if needed already, else on the first need. */
class WhenFirstTest {

    private final AtomicInteger made = new AtomicInteger();

    @Test
    void aStateThatHoldsAlreadyMakesItAtOnce() {
        WhenFirst.holds(new SimpleBooleanProperty(true), Boolean.TRUE::equals, made::incrementAndGet);
        assertEquals(1, made.get());
    }

    @Test
    void aStateMakesItTheFirstTimeItHoldsAndNeverAgain() {
        SimpleObjectProperty<String> banner = new SimpleObjectProperty<>();
        WhenFirst.holds(banner, text -> text != null, made::incrementAndGet);
        assertEquals(0, made.get());
        banner.set("Pushed to wheelhouse/edit-1");
        assertEquals(1, made.get());
        banner.set(null);
        banner.set("Changed on disk");
        assertEquals(1, made.get());
    }

    @Test
    void aListMakesItWithItsFirstElementOnly() {
        ObservableList<String> workflows = FXCollections.observableArrayList();
        WhenFirst.nonEmpty(workflows, made::incrementAndGet);
        assertEquals(0, made.get());
        workflows.add("release.yml");
        workflows.add("ci.yml");
        workflows.clear();
        workflows.add("release.yml");
        assertEquals(1, made.get());
    }

    @Test
    void aListWithElementsMakesItAtOnce() {
        WhenFirst.nonEmpty(FXCollections.observableArrayList("release.yml"), made::incrementAndGet);
        assertEquals(1, made.get());
    }
}
