package dev.wheelhouse.ui.logs;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The viewer's lines: as many rows as fit, refilled from the line index as the scroll bar moves,
 * so a frame costs the visible rows whatever the log's length. (ListView's VirtualFlow walks every
 * item to place its viewport: a million-line log cost 30 ms of FX thread per frame.) Click selects
 * a line, shift-click a range; arrows, page keys, Home and End move; the wheel scrolls.
 */
public final class LogLinesView extends Region {

    static final double ROW_HEIGHT = 20;

    /** What a row shows for a line. */
    record Row(String text, String styleClass, String colour, boolean key) {
    }

    private final IntFunction<Row> content;
    private final ScrollBar bar = new ScrollBar();
    private final List<RowLabel> rows = new ArrayList<>();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private int count;
    private int top;
    private int anchor = -1;

    LogLinesView(IntFunction<Row> content) {
        this.content = content;
        getStyleClass().add("log-view");
        setFocusTraversable(true);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((obs, old, v) -> {
            int at = (int) Math.round(v.doubleValue());
            if (at != top) {
                top = at;
                fill();
            }
        });
        getChildren().add(bar);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(ScrollEvent.SCROLL, e -> scrollBy((int) Math.round(-e.getDeltaY() / ROW_HEIGHT) * 3));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    void setCount(int n) {
        count = n;
        bar.setMax(Math.max(0, count - visibleRows()));
        bar.setVisibleAmount(visibleRows());
        fill();
    }

    public int count() {
        return count;
    }

    /** Scrolls so that line {@code index} shows a few rows below the top. */
    public void scrollTo(int index) {
        setTop(index - 5);
    }

    void scrollBy(int rowsDown) {
        setTop(top + rowsDown);
    }

    private void setTop(int wanted) {
        int max = Math.max(0, count - visibleRows());
        int at = Math.max(0, Math.min(max, wanted));
        bar.setValue(at);
        if (at != top) {
            top = at;
        }
        fill();
    }

    /** Selects line {@code index} alone and shows it. */
    void select(int index) {
        if (index < 0 || index >= count) {
            return;
        }
        anchor = index;
        selected.set(index);
        if (index < top || index >= top + visibleRows() - 1) {
            scrollTo(index);
        } else {
            fill();
        }
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected lines, first to last (one, or the range a shift-click made). */
    int[] selectedRange() {
        int s = selected.get();
        if (s < 0) {
            return new int[0];
        }
        int from = Math.min(anchor < 0 ? s : anchor, s);
        int to = Math.max(anchor < 0 ? s : anchor, s);
        int[] out = new int[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    /** The text a visible row shows for line {@code index}, or null when it is not visible. */
    public String shownText(int index) {
        int r = index - top;
        return r >= 0 && r < rows.size() && rows.get(r).isVisible() ? rows.get(r).getText() : null;
    }

    /** Reads the visible rows again (timestamps toggled). */
    void refresh() {
        fill();
    }

    private int visibleRows() {
        return Math.max(1, (int) Math.ceil(getHeight() / ROW_HEIGHT));
    }

    @Override
    protected void layoutChildren() {
        double barWidth = bar.prefWidth(-1);
        bar.resizeRelocate(getWidth() - barWidth, 0, barWidth, getHeight());
        int wanted = visibleRows();
        while (rows.size() < wanted) {
            RowLabel row = new RowLabel();
            rows.add(row);
            getChildren().add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).resizeRelocate(0, i * ROW_HEIGHT, getWidth() - barWidth, ROW_HEIGHT);
        }
        bar.setMax(Math.max(0, count - wanted));
        bar.setVisibleAmount(wanted);
        fill();
    }

    private void fill() {
        int sel = selected.get();
        int[] range = selectedRange();
        int lo = range.length == 0 ? -1 : range[0];
        int hi = range.length == 0 ? -1 : range[range.length - 1];
        for (int i = 0; i < rows.size(); i++) {
            int line = top + i;
            RowLabel row = rows.get(i);
            if (line >= count) {
                row.setVisible(false);
                continue;
            }
            row.setVisible(true);
            row.show(content.apply(line), line >= lo && line <= hi, line == sel);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        int line = top + (int) (e.getY() / ROW_HEIGHT);
        if (line >= count) {
            return;
        }
        if (e.isShiftDown() && anchor >= 0) {
            selected.set(line);
            fill();
        } else {
            select(line);
        }
    }

    private void key(KeyEvent e) {
        int s = Math.max(0, selected.get());
        int page = visibleRows() - 1;
        switch (e.getCode()) {
            case DOWN -> select(Math.min(count - 1, s + 1));
            case UP -> select(Math.max(0, s - 1));
            case PAGE_DOWN -> select(Math.min(count - 1, s + page));
            case PAGE_UP -> select(Math.max(0, s - page));
            case HOME -> select(0);
            case END -> select(count - 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** One row; style classes, inline colour and id change only when they differ (each change costs a CSS pass). */
    private static final class RowLabel extends Label {
        private String shownStyle;
        private String shownColour;
        private boolean shownKey;
        private boolean shownSelected;

        RowLabel() {
            getStyleClass().add("log-row");
            setMinHeight(ROW_HEIGHT);
        }

        void show(Row row, boolean selected, boolean focused) {
            setText(row.text());
            if (!Objects.equals(row.styleClass(), shownStyle)) {
                if (shownStyle != null) {
                    getStyleClass().remove(shownStyle);
                }
                if (row.styleClass() != null) {
                    getStyleClass().add(row.styleClass());
                }
                shownStyle = row.styleClass();
            }
            if (!Objects.equals(row.colour(), shownColour)) {
                setStyle(row.colour() == null ? null : "-fx-text-fill: " + row.colour() + ";");
                shownColour = row.colour();
            }
            if (row.key() != shownKey) {
                toggle("log-key-line", row.key());
                setId(row.key() ? "log-key-line" : null);
                shownKey = row.key();
            }
            if (selected != shownSelected) {
                toggle("log-selected", selected);
                shownSelected = selected;
            }
        }

        private void toggle(String styleClass, boolean on) {
            if (on) {
                getStyleClass().add(styleClass);
            } else {
                getStyleClass().remove(styleClass);
            }
        }
    }
}
