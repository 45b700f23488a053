package dev.wheelhouse.ui.grid;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Rows × columns of matrix values, one cell per combination. Shared by the matrix editor
 * (cells toggle exclusion) and the run monitor (cells show job status). Arrow keys move the
 * focus, space or enter activates the focused cell.
 */
public final class MatrixGrid {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** How wide a cell grows on a large screen: beyond it the eye loses the row. */
    static final double MAX_CELL_WIDTH = 240;

    /** Where a cell sits: indexes into the row and column axes. */
    public record Position(int row, int column) {
    }

    private final GridPane grid = new GridPane();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final ReadOnlyObjectWrapper<Position> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private BiFunction<Integer, Integer, Node> cellFactory = (r, c) -> new Label();
    private BiConsumer<Integer, Integer> onActivate = (r, c) -> { };
    private Consumer<Position> onSelect = position -> { };
    private Consumer<String> onAddValue = axis -> { };
    private GridAxis rows = GridAxis.single();
    private GridAxis columns = GridAxis.single();
    private StackPane[][] cells = new StackPane[0][0];
    private Position marked;

    public MatrixGrid() {
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        // Cell columns share the width there is (up to MAX_CELL_WIDTH each): on a large screen the
        // grid uses the room; below the cells' minimum the scroller scrolls.
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("matrix-grid-scroller");
        scroller.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Node view() {
        return scroller;
    }

    public void setCellFactory(BiFunction<Integer, Integer, Node> factory) {
        this.cellFactory = factory;
    }

    public void setOnActivate(BiConsumer<Integer, Integer> handler) {
        this.onActivate = handler;
    }

    public void setOnSelect(Consumer<Position> handler) {
        this.onSelect = handler;
    }

    /** Called with the axis name when the user presses a header's add button. */
    public void setOnAddValue(Consumer<String> handler) {
        this.onAddValue = handler;
    }

    /** Rebuilds the grid for new axes; cells come from the cell factory. */
    public void show(GridAxis rowAxis, GridAxis columnAxis) {
        this.rows = rowAxis;
        this.columns = columnAxis;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        // Row headers are read whole: the grid scrolls before it cuts them.
        ColumnConstraints headers = new ColumnConstraints();
        headers.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(headers);
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cellColumn = new ColumnConstraints();
            cellColumn.setMinWidth(Region.USE_PREF_SIZE);
            cellColumn.setHgrow(Priority.SOMETIMES);
            cellColumn.setMaxWidth(MAX_CELL_WIDTH);
            cellColumn.setFillWidth(true);
            grid.getColumnConstraints().add(cellColumn);
        }
        cells = new StackPane[rows.size()][columns.size()];

        Label corner = new Label(cornerText());
        corner.getStyleClass().add("matrix-corner");
        grid.add(corner, 0, 0);
        for (int c = 0; c < columns.size(); c++) {
            Label header = header(columns.labels().get(c), "matrix-column-header");
            GridPane.setHalignment(header, HPos.CENTER);
            grid.add(header, c + 1, 0);
        }
        if (columns.editable()) {
            grid.add(addButton(columns.name(), "add-column-value"), columns.size() + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            grid.add(header(rows.labels().get(r), "matrix-row-header"), 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                StackPane cell = cellHolder(r, c);
                cells[r][c] = cell;
                grid.add(cell, c + 1, r + 1);
            }
        }
        if (rows.editable()) {
            grid.add(addButton(rows.name(), "add-row-value"), 0, rows.size() + 1);
        }
        mark(marked);
        Position keep = focused.get();
        if (keep != null && keep.row() < rows.size() && keep.column() < columns.size()) {
            focus(keep);
        } else {
            focused.set(null);
        }
    }

    /** Re-asks the factory for every cell (state changed, axes did not). */
    public void refreshCells() {
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                cells[r][c].getChildren().setAll(cellFactory.apply(r, c));
                describe(cells[r][c], r, c);
            }
        }
    }

    /** What a screen reader says for a cell: its combination and what the cell shows. */
    private void describe(StackPane holder, int row, int column) {
        StringBuilder shown = new StringBuilder();
        holder.lookupAll(".label").forEach(node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                shown.append(shown.length() == 0 ? "" : ", ").append(labeled.getText().replace('\n', ' '));
            }
        });
        String where = axisPart(rows, row) + axisPart(columns, column);
        holder.setAccessibleText(where.replaceAll(", $", "") + (shown.length() == 0 ? "" : ": " + shown));
    }

    private static String axisPart(GridAxis axis, int index) {
        String label = axis.labels().get(index);
        if (label.isEmpty()) {
            return "";
        }
        return (axis.name().isEmpty() ? "" : axis.name() + " ") + label + ", ";
    }

    public Node cellAt(int row, int column) {
        return cells[row][column];
    }

    public void focus(Position position) {
        if (position.row() < 0 || position.row() >= rows.size()
                || position.column() < 0 || position.column() >= columns.size()) {
            return;
        }
        focused.set(position);
        mark(position);
        cells[position.row()][position.column()].requestFocus();
        onSelect.accept(position);
    }

    /**
     * Shows which cell the rest of the view is about (the job in the detail pane), whether or not
     * the grid has the keyboard focus; null marks none.
     */
    public void mark(Position position) {
        if (marked != null && inside(marked)) {
            cells[marked.row()][marked.column()].pseudoClassStateChanged(SELECTED, false);
        }
        marked = position;
        if (position != null && inside(position)) {
            cells[position.row()][position.column()].pseudoClassStateChanged(SELECTED, true);
        }
    }

    private boolean inside(Position p) {
        return p.row() >= 0 && p.row() < cells.length && p.column() >= 0 && p.column() < cells[p.row()].length;
    }

    public ReadOnlyObjectProperty<Position> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    private String cornerText() {
        if (rows.name().isEmpty() && columns.name().isEmpty()) {
            return "";
        }
        if (columns.name().isEmpty()) {
            return rows.name();
        }
        return rows.name() + " ╲ " + columns.name();
    }

    private StackPane cellHolder(int row, int column) {
        StackPane holder = new StackPane(cellFactory.apply(row, column));
        holder.getStyleClass().add("matrix-cell-holder");
        holder.setId("cell-" + row + "-" + column);
        holder.setFocusTraversable(true);
        holder.setMaxWidth(Double.MAX_VALUE);
        holder.setAccessibleRole(AccessibleRole.BUTTON);
        describe(holder, row, column);
        holder.setAlignment(Pos.CENTER);
        // Focus that arrives by Tab or a click is where the arrows start from; it does not select.
        holder.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                focused.set(new Position(row, column));
            }
        });
        holder.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            focus(new Position(row, column));
            onActivate.accept(row, column);
        });
        return holder;
    }

    private void onKey(KeyEvent event) {
        Position at = focused.get();
        if (at == null) {
            if (event.getCode().isArrowKey() && rows.size() > 0 && columns.size() > 0) {
                focus(new Position(0, 0));
                event.consume();
            }
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case UP -> focus(new Position(at.row() - 1, at.column()));
            case DOWN -> focus(new Position(at.row() + 1, at.column()));
            case LEFT -> focus(new Position(at.row(), at.column() - 1));
            case RIGHT -> focus(new Position(at.row(), at.column() + 1));
            case SPACE, ENTER -> onActivate.accept(at.row(), at.column());
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static Label header(String text, String styleClass) {
        Label label = new Label(text.isEmpty() ? "·" : text);
        label.getStyleClass().add(styleClass);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    private Button addButton(String axis, String id) {
        Button add = new Button(null, new FontIcon(Material2AL.ADD));
        add.getStyleClass().addAll("flat", "small", "matrix-add-value");
        add.setId(id);
        add.setTooltip(new Tooltip("Add a value to " + axis));
        add.setOnAction(event -> onAddValue.accept(axis));
        add.setAccessibleText("Add a value to " + axis);
        return add;
    }
}
