package dev.wheelhouse.ui.cache;

import dev.wheelhouse.runs.caches.ActionsCaches;
import dev.wheelhouse.ui.AppContext;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.shell.Screen;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;

/**
 * The Cache screen: how sccache did over the workflow's runs (Trends, from the history) and what
 * the repository's Actions cache holds (Storage, from GitHub). It reads nothing until it is first
 * shown, and reads again each time it comes to the front, on Refresh, and (the trends) on
 * {@link #historyChanged()}, which the app calls when a watched run records new figures.
 */
public final class CacheScreen implements Screen {

    private final AppContext context;
    private final TrendsViewModel trends;
    private final StorageViewModel storage;
    private Connection shownConnection;
    private final FailuresViewModel failures;
    private boolean inFront;
    private Node view;

    public CacheScreen(AppContext context) {
        this.context = context;
        this.trends = new TrendsViewModel(context.executor(), context::history);
        this.storage = new StorageViewModel(context.executor());
        this.failures = new FailuresViewModel(context.executor(), context::history);
        // The Failures section follows the workflow the trends show.
        trends.workflowProperty().addListener((obs, old, workflow) -> failures.show(shownRepository(), workflow));
        context.connections().connectionProperty().addListener((obs, old, connection) -> {
            if (inFront) {
                show(connection);
            }
        });
    }

    public TrendsViewModel trends() {
        return trends;
    }

    public StorageViewModel storage() {
        return storage;
    }

    public FailuresViewModel failures() {
        return failures;
    }

    private String shownRepository() {
        return shownConnection == null ? null : shownConnection.repository().fullName();
    }

    @Override
    public String title() {
        return "Cache";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.STORAGE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void shown() {
        inFront = true;
        Connection current = context.connections().connectionProperty().get();
        if (current != shownConnection || current == null) {
            show(current);
        } else {
            refresh();
        }
    }

    @Override
    public void hidden() {
        inFront = false;
    }

    /** The history has new runs or figures: the trends in front are read again, hidden ones when next shown. */
    public void historyChanged() {
        if (inFront) {
            trends.refresh();
            failures.refresh();
        }
    }

    /** Reads the trends and the cache again. */
    public void refresh() {
        trends.refresh();
        storage.refresh();
        failures.refresh();
    }

    /** Ctrl+R while this screen is in front. */

    private void show(Connection connection) {
        shownConnection = connection;
        if (connection == null) {
            trends.showRepository(null);
            storage.disconnect();
            return;
        }
        trends.showRepository(connection.repository().fullName());
        storage.connect(new ActionsCaches(connection.client()), connection.repository(), connection.clock());
    }

    private Node build() {
        ZoneId zone = ZoneId.systemDefault();
        Label title = new Label("Cache");
        title.getStyleClass().add("title-3");
        Label repository = new Label();
        repository.setId("cache-repository");
        repository.getStyleClass().add("text-muted");
        repository.textProperty().bind(context.connections().statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(trends.loadingProperty().or(storage.busyProperty()));
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("cache-refresh");
        refresh.setTooltip(new Tooltip(KeyBinding.REFRESH.label() + " ("
                + KeyBinding.REFRESH.combination().getDisplayText() + ")"));
        refresh.setOnAction(e -> refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(12, title, repository, gap, busy, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(10, 16, 4, 16));

        SplitPane sections = new SplitPane(new TrendsView(trends, zone).build(),
                new StorageView(storage, context::stage, zone).build());
        sections.setOrientation(Orientation.VERTICAL);
        sections.setDividerPositions(0.52);
        SplitPane beside = new SplitPane(sections, new FailuresView(failures).build());
        beside.setDividerPositions(0.68);
        BorderPane root = new BorderPane(beside);
        root.setTop(toolbar);
        root.setId("cache-screen");
        return root;
    }

    /** A one-line banner showing {@code text}, hidden while it is empty. */
    static Label banner(String id, String style, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // A wrapping label in a VBox is cut to one line unless it may be as tall as its text.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
