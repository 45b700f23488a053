package dev.wheelhouse.ui.connection;

import dev.wheelhouse.github.ClientActivity;
import dev.wheelhouse.github.RateLimitState;
import dev.wheelhouse.ui.common.LazyTooltip;
import dev.wheelhouse.ui.common.WhenFirst;
import dev.wheelhouse.ui.shell.MainWindow;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The status bar's view of the connection: where, the rate-limit budget, and retries. */
public final class ConnectionStatusBar {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private ConnectionStatusBar() {
    }

    public static void install(MainWindow window, ConnectionManager connections) {
        Label where = MainWindow.statusLabel("connection-status");
        where.setGraphic(new FontIcon(Material2AL.CLOUD_QUEUE));
        where.textProperty().bind(connections.statusProperty());
        connections.connectionProperty().addListener((obs, old, c) -> where.setGraphic(new FontIcon(
                c != null && c.isSandbox() ? Material2MZ.SCIENCE : Material2AL.CLOUD_DONE)));

        HBox meter = budgetMeter(connections.rateLimitProperty());

        Label retries = MainWindow.statusLabel("retries");
        StringProperty retriesHelp = new SimpleStringProperty();
        LazyTooltip.install(retries, retriesHelp);
        connections.activityProperty().addListener((obs, old, activity) -> showActivity(activity, retries, retriesHelp));
        showActivity(connections.activityProperty().get(), retries, retriesHelp);

        window.addStatusItem(where);
        window.addStatusItem(meter);
        window.addStatusItem(retries);
    }

    /**
     * The rate-limit budget: its text from the start, and a bar from the first budget GitHub states
     * (an empty bar says nothing, and a progress bar's skin is one more in the first frame, issue 15).
     */
    static HBox budgetMeter(ObservableValue<RateLimitState> rateLimit) {
        Label budgetText = MainWindow.statusLabel("rate-limit");
        StringProperty budgetHelp = new SimpleStringProperty();
        LazyTooltip.install(budgetText, budgetHelp);
        HBox meter = new HBox(6, budgetText);
        meter.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        rateLimit.addListener((obs, old, state) -> showBudget(state, budgetText, budgetHelp));
        showBudget(rateLimit.getValue(), budgetText, budgetHelp);
        WhenFirst.holds(rateLimit, RateLimitState::known, () -> {
            ProgressBar budget = new ProgressBar(0);
            budget.setPrefWidth(80);
            budget.getStyleClass().add("rate-limit-meter");
            meter.getChildren().add(0, budget);
            rateLimit.addListener((obs, old, state) -> showBar(state, budget));
            showBar(rateLimit.getValue(), budget);
        });
        return meter;
    }

    static String budgetText(RateLimitState state) {
        if (!state.known()) {
            return "API budget unknown";
        }
        return state.remaining() + "/" + state.limit() + " requests · resets " + CLOCK.format(state.reset());
    }

    private static void showBar(RateLimitState state, ProgressBar bar) {
        bar.setProgress(state.known() && state.limit() > 0 ? (double) state.remaining() / state.limit() : 0);
        bar.getStyleClass().removeAll("low");
        if (state.known() && state.remaining() < state.limit() / 10) {
            bar.getStyleClass().add("low");
        }
    }

    private static void showBudget(RateLimitState state, Label text, StringProperty help) {
        text.setText(budgetText(state));
        help.set("GitHub's rate limit for this token (" + state.resource() + "). "
                + "Answers GitHub says are unchanged (304) do not count.");
    }

    private static void showActivity(ClientActivity activity, Label label, StringProperty help) {
        label.setText(activity.requests() + " requests · " + activity.notModified() + " unchanged · "
                + activity.retries() + " retries");
        help.set(activity.lastRetry().isEmpty() ? "No request had to be repeated."
                : "Last retry: " + activity.lastRetry());
    }
}
