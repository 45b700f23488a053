package dev.wheelhouse.testing;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a scene graph the way a keyboard or screen-reader user meets it, and lists what such a
 * user could not use: a control reachable with Tab that has nothing to announce, a button whose
 * text hardly stands out from its background, a label whose text is cut with no way to read it
 * whole. Call on the FX thread.
 */
public final class SceneAudit {

    /** WCAG 2.1's minimum for large text and for user-interface components. */
    public static final double MIN_CONTRAST = 3.0;

    private SceneAudit() {
    }

    /**
     * Focusable controls (Tab reaches them) with no accessible text: no text of their own, no
     * accessible text, no label pointing at them. Containers whose items announce themselves
     * (lists, tables, tabs, split and scroll panes) are not asked.
     */
    public static List<String> unnamed(Parent root) {
        Set<Node> labelled = new HashSet<>();
        visible(root).stream().filter(n -> n instanceof Label l && l.getLabelFor() != null)
                .forEach(n -> labelled.add(((Label) n).getLabelFor()));
        List<String> found = new ArrayList<>();
        for (Node n : visible(root)) {
            if (!n.isFocusTraversable() || n.isDisabled() || container(n) || !(operable(n))) {
                continue;
            }
            boolean named = notBlank(n.getAccessibleText()) || labelled.contains(n)
                    || (n instanceof Labeled l && notBlank(l.getText()))
                    || (n instanceof TitledPane t && notBlank(t.getText()));
            if (!named) {
                found.add(describe(n));
            }
        }
        return found;
    }

    /** Enabled buttons whose text has less than {@link #MIN_CONTRAST} against what is behind it. */
    public static List<String> faintButtons(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node n : visible(root)) {
            if (!(n instanceof ButtonBase b) || b.isDisabled() || !notBlank(b.getText())
                    || !(b.getTextFill() instanceof Color fg)) {
                continue;
            }
            Optional<Color> bg = backgroundBehind(b);
            if (bg.isPresent() && contrast(fg, bg.get()) < MIN_CONTRAST) {
                found.add(describe(n) + String.format(" (%.2f: %s on %s)", contrast(fg, bg.get()), fg, bg.get()));
            }
        }
        return found;
    }

    /**
     * Labels (and buttons, checkboxes, tabs' labels) whose text is shown cut ("Commit m…") and
     * whose tooltip does not carry the whole text.
     */
    public static List<String> cutLabels(Parent root) {
        List<String> found = new ArrayList<>();
        for (Node n : visible(root)) {
            if (!(n instanceof Labeled l) || !notBlank(l.getText()) || n.getStyleClass().contains("table-cell")
                    || n.getStyleClass().contains("list-cell")) {
                continue;
            }
            Optional<String> shown = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text)
                    .map(c -> ((Text) c).getText()).findFirst();
            if (shown.isPresent() && !shown.get().equals(l.getText()) && shown.get().contains("…")
                    && !l.getText().contains("…")) {
                boolean whole = l.getTooltip() != null && l.getTooltip().getText() != null
                        && l.getTooltip().getText().contains(l.getText());
                if (!whole) {
                    found.add(describe(n) + " shows \"" + shown.get() + "\"");
                }
            }
        }
        return found;
    }

    /** Cells of the named columns of {@code table} whose text is shown cut. */
    public static List<String> cutCells(TableView<?> table, Set<String> columns) {
        List<String> found = new ArrayList<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (!(n instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.isEmpty() || cell.getTableColumn() == null
                    || !columns.contains(cell.getTableColumn().getText()) || !notBlank(cell.getText())) {
                continue;
            }
            cell.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                    .filter(shown -> !shown.equals(cell.getText()))
                    .findFirst().ifPresent(shown -> found.add(cell.getTableColumn().getText() + " shows \"" + shown
                            + "\" of \"" + cell.getText() + "\""));
        }
        return found;
    }

    private static boolean operable(Node n) {
        return n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof TextInputControl
                || n instanceof javafx.scene.control.ChoiceBox || n instanceof javafx.scene.control.Slider
                || n instanceof javafx.scene.control.Spinner || !(n instanceof Control)
                && n.getAccessibleRole() != AccessibleRole.NODE && n.getAccessibleRole() != AccessibleRole.PARENT
                || n.getAccessibleRole() == AccessibleRole.BUTTON;
    }

    private static boolean container(Node n) {
        return n instanceof ScrollPane || n instanceof TabPane || n instanceof SplitPane || n instanceof TableView
                || n instanceof ListView || n instanceof TitledPane;
    }

    private static List<Node> visible(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static Optional<Color> backgroundBehind(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    Paint paint = fills.get(i).getFill();
                    if (paint instanceof Color c && c.getOpacity() > 0.5) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        String text = n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        String where = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId());
        return n.getClass().getSimpleName() + id + text + where;
    }
}
