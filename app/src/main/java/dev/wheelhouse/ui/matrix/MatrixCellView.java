package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.workflow.grid.GridCell;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/**
 * How the editor draws one cell: an icon and a word for its state (never colour alone), with
 * the job's display name and wheels on hover.
 */
final class MatrixCellView {

    private MatrixCellView() {
    }

    static Label of(GridCell cell, List<JobRow> jobs) {
        Label label = new Label(text(cell, jobs), new FontIcon(icon(cell)));
        label.getStyleClass().addAll("matrix-cell", cell.state().name().toLowerCase());
        StringBuilder tip = new StringBuilder();
        for (int index : cell.jobIndexes()) {
            if (index < jobs.size()) {
                JobRow job = jobs.get(index);
                tip.append(job.displayName()).append('\n').append(job.values()).append('\n');
                if (!job.wheels().isEmpty()) {
                    tip.append("Wheels: ").append(job.wheels()).append('\n');
                }
            }
        }
        tip.append(hint(cell));
        Tooltip tooltip = new Tooltip(tip.toString().strip());
        tooltip.setShowDelay(Duration.millis(300));
        label.setTooltip(tooltip);
        return label;
    }

    private static String text(GridCell cell, List<JobRow> jobs) {
        JobRow first = cell.jobIndexes().isEmpty() || cell.jobIndexes().get(0) >= jobs.size() ? null
                : jobs.get(cell.jobIndexes().get(0));
        String runs = first != null && first.wheelsKnown()
                ? first.wheelCount() + (first.wheelCount() == 1 ? " wheel" : " wheels") : "runs";
        // The include's extra values, without their keys: a cell has room for "linux", not "platform=linux".
        String extras = first != null && !first.extras().isEmpty()
                ? "\n+ " + first.extras().replaceAll("[^,=]+=", "") : "";
        return switch (cell.state()) {
            case NORMAL -> runs + extras;
            case EXCLUDED -> "excluded";
            case INCLUDED -> "added by include";
            case DYNAMIC -> "at run time";
            case EMPTY -> "—";
        } + (cell.jobIndexes().size() > 1 ? " ×" + cell.jobIndexes().size() : "");
    }

    private static Ikon icon(GridCell cell) {
        return switch (cell.state()) {
            case NORMAL -> Material2AL.CHECK_CIRCLE_OUTLINE;
            case EXCLUDED -> Material2AL.BLOCK;
            case INCLUDED -> Material2AL.ADD_CIRCLE_OUTLINE;
            case DYNAMIC -> Material2AL.HELP_OUTLINE;
            case EMPTY -> Material2MZ.REMOVE;
        };
    }

    private static String hint(GridCell cell) {
        return switch (cell.state()) {
            case NORMAL -> "Click or press space to exclude this combination.";
            case EXCLUDED -> "Excluded by exclude entry " + cell.excludeIndexes().stream().map(i -> "#" + (i + 1))
                    .reduce((a, b) -> a + ", " + b).orElse("") + ". Click to bring it back.";
            case INCLUDED -> "Added by an include entry. Click to remove that entry.";
            case DYNAMIC -> "Computed when the workflow runs; not editable here.";
            case EMPTY -> "No job runs with these values.";
        };
    }
}
