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
 * a line, shift-click a range; arrows, page keys, Home and End move; the wheel scrolls. A step's
 * section ({@code ##[group]} … {@code ##[endgroup]}) folds to its header line: click the header, or
 * Left and Right on the selection. Rows and lines differ only by folding ({@link LogFolds}); every
 * method here speaks of lines.
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
    private final LogFolds folds = new LogFolds();
    private int lines;
    /** Rows: the lines not folded away. */
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
        lines = n;
        recount();
    }

    /** The log's step sections; all unfolded. */
    void setSections(int[] starts, int[] ends) {
        folds.setSections(starts, ends);
        recount();
    }

    /** Folds every section, or unfolds them all. */
    void foldAll(boolean fold) {
        int keep = selected.get();
        folds.foldAll(fold);
        recount();
        if (keep >= 0) {
            int header = folds.headerOf(keep);
            select(fold && header >= 0 ? header : keep);
        }
    }

    /** Whether line {@code index} heads a folded section. */
    public boolean isFolded(int index) {
        return folds.isFolded(index);
    }

    /** Folds or unfolds the section line {@code header} heads. */
    public void toggleSection(int header) {
        if (folds.toggle(header)) {
            recount();
        }
    }

    private void recount() {
        count = folds.rowCount(lines);
        bar.setMax(Math.max(0, count - visibleRows()));
        bar.setVisibleAmount(visibleRows());
        setTop(top);
    }

    /** How many lines the log has (folded or not). */
    public int count() {
        return lines;
    }

    /** Scrolls so that line {@code index} shows a few rows below the top, unfolding its section. */
    public void scrollTo(int index) {
        if (index >= 0 && folds.reveal(index)) {
            recount();
        }
        setTop(folds.rowOf(Math.max(0, index)) - 5);
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
        if (index < 0 || index >= lines) {
            return;
        }
        if (folds.reveal(index)) {
            recount();
        }
        anchor = index;
        selected.set(index);
        int row = folds.rowOf(index);
        if (row < top || row >= top + visibleRows() - 1) {
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
        int r = folds.rowOf(index) - top;
        boolean shown = folds.lineOf(folds.rowOf(index)) == index;
        return shown && r >= 0 && r < rows.size() && rows.get(r).isVisible() ? rows.get(r).getText() : null;
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
            RowLabel row = rows.get(i);
            if (top + i >= count) {
                row.setVisible(false);
                continue;
            }
            int line = folds.lineOf(top + i);
            row.setVisible(true);
            Row shown = content.apply(line);
            if (folds.isFoldable(line)) {
                shown = new Row((folds.isFolded(line) ? "▸ " : "▾ ") + shown.text(), shown.styleClass(),
                        shown.colour(), shown.key());
            }
            row.show(shown, line >= lo && line <= hi, line == sel);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        int row = top + (int) (e.getY() / ROW_HEIGHT);
        if (row >= count) {
            return;
        }
        int line = folds.lineOf(row);
        if (!e.isShiftDown() && folds.isFoldable(line)) {
            toggleSection(line);
        }
        if (e.isShiftDown() && anchor >= 0) {
            selected.set(line);
            fill();
        } else {
            select(line);
        }
    }

    private void key(KeyEvent e) {
        int s = folds.rowOf(Math.max(0, selected.get()));
        int page = visibleRows() - 1;
        switch (e.getCode()) {
            case DOWN -> select(folds.lineOf(Math.min(count - 1, s + 1)));
            case UP -> select(folds.lineOf(Math.max(0, s - 1)));
            case PAGE_DOWN -> select(folds.lineOf(Math.min(count - 1, s + page)));
            case PAGE_UP -> select(folds.lineOf(Math.max(0, s - page)));
            case HOME -> select(0);
            case END -> select(folds.lineOf(count - 1));
            case LEFT -> foldAround(selected.get());
            case RIGHT -> {
                if (folds.isFolded(selected.get())) {
                    toggleSection(selected.get());
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Folds the section holding line {@code index} and selects its header. */
    private void foldAround(int index) {
        int header = index < 0 ? -1 : folds.headerOf(index);
        if (header >= 0 && !folds.isFolded(header)) {
            folds.toggle(header);
            recount();
            select(header);
        }
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
