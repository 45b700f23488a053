package dev.wheelhouse.ui.cache;

import dev.wheelhouse.sccache.CacheTotals;
import dev.wheelhouse.ui.common.Count;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Locale;
import java.util.Map;

/**
 * Per-language cache figures as horizontal bars: each language's lookups split into hits and
 * misses, with the rate and the counts beside the bar (the numbers, not only the lengths).
 * Shared by the Cache screen and the run view's job detail.
 */
public final class LanguageBars extends GridPane {

    private final Label empty = new Label("No per-language figures: sccache prints them (from 0.3 on) in the "
            + "job log, and sccache-action's notice has none.");

    public LanguageBars() {
        getStyleClass().add("language-bars");
        setHgap(8);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(64);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(80);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(name, bar, figures);
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        show(Map.of());
    }

    /** What to say when there are no languages to show (where the user could find them). */
    public void setEmptyText(String text) {
        empty.setText(text);
    }

    /** Shows these languages in the order given (sccache's own order). */
    public void show(Map<String, CacheTotals> languages) {
        getChildren().clear();
        if (languages.isEmpty()) {
            add(empty, 0, 0, 3, 1);
            return;
        }
        int row = 0;
        for (Map.Entry<String, CacheTotals> language : languages.entrySet()) {
            CacheTotals t = language.getValue();
            Label name = new Label(language.getKey());
            name.getStyleClass().add("language-name");
            Label figures = new Label(figures(t));
            figures.getStyleClass().add("language-figures");
            addRow(row++, name, bar(language.getKey(), t), figures);
        }
    }

    private static StackPane bar(String language, CacheTotals t) {
        long lookups = t.hits() + t.misses();
        Region hits = new Region();
        hits.getStyleClass().add("language-bar-hits");
        Region misses = new Region();
        misses.getStyleClass().add("language-bar-misses");
        HBox parts = new HBox(hits, misses);
        parts.setFillHeight(true);
        StackPane track = new StackPane(parts);
        track.getStyleClass().add("language-bar");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinHeight(14);
        track.setPrefHeight(14);
        double hitShare = lookups == 0 ? 0 : (double) t.hits() / lookups;
        double missShare = lookups == 0 ? 0 : (double) t.misses() / lookups;
        hits.prefWidthProperty().bind(track.widthProperty().multiply(hitShare));
        misses.prefWidthProperty().bind(track.widthProperty().multiply(missShare));
        hits.setMinWidth(0);
        misses.setMinWidth(0);
        Tooltip.install(track, new Tooltip(language + ": " + figures(t)
                + (t.errors() > 0 ? ", " + Count.of(t.errors(), "cache error", "cache errors") : "")));
        return track;
    }

    /** {@code 87.5 % · 120 hits · 17 misses}, or {@code nothing compiled}. */
    static String figures(CacheTotals t) {
        long lookups = t.hits() + t.misses();
        if (lookups == 0) {
            return "nothing compiled";
        }
        return String.format(Locale.ROOT, "%.1f %% · ", 100.0 * t.hits() / lookups) + Count.of(t.hits(), "hit", "hits")
                + " · " + Count.of(t.misses(), "miss", "misses");
    }
}
