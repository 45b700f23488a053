package dev.wheelhouse.ui.cache;

import dev.wheelhouse.history.HistoryStore;
import dev.wheelhouse.runs.poll.PollTimer;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.shell.Screen;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The Cache screen: how sccache did over the workflow's runs (Trends, from the history) and what
 * the repository's Actions cache holds (Storage, from GitHub). It reads nothing until it is first
 * shown, and reads again each time it comes to the front, on Refresh, and (the trends) on
 * {@link #historyChanged()}, which the app calls when a watched run records new figures.
 */
public final class CacheScreen implements Screen {

    private final ConnectedMonitor monitors;
    private final ObservableStringValue connectionStatus;
    private final javafx.beans.property.StringProperty clockNote = new javafx.beans.property.SimpleStringProperty("");
    private final Window owner;
    private final TrendsViewModel trends;
    private final StorageViewModel storage;
    /** Whether the history below is being saved; its timer's thread starts only if writes fail. */
    private final HistorySavingViewModel saving;
    private boolean followingHistory;
    private final FailuresViewModel failures;
    private MonitoredRepository shownRepository;
    private boolean inFront;
    private Node view;

    /**
     * @param monitors         the services of the current connection
     * @param connectionStatus one line naming the connection
     * @param history          the history, opened on first use (background tasks call it)
     * @param retryTimer       paces the retries of history writes that failed
     */
    public CacheScreen(TaskExecutor executor, ConnectedMonitor monitors, ObservableStringValue connectionStatus,
                       Supplier<HistoryStore> history, PollTimer retryTimer, Window owner) {
        this.monitors = monitors;
        this.connectionStatus = connectionStatus;
        this.owner = owner;
        this.trends = new TrendsViewModel(executor, history);
        this.storage = new StorageViewModel(executor);
        this.saving = new HistorySavingViewModel(executor, retryTimer, history);
        this.failures = new FailuresViewModel(executor, history);
        // The Failures section follows the workflow the trends show.
        trends.workflowProperty().addListener((obs, old, workflow) -> failures.show(shownRepositoryName(), workflow));
        monitors.currentProperty().addListener((obs, old, repository) -> {
            if (inFront) {
                show(repository);
            }
        });
    }

    public TrendsViewModel trends() {
        return trends;
    }

    public StorageViewModel storage() {
        return storage;
    }

    public HistorySavingViewModel saving() {
        return saving;
    }

    public FailuresViewModel failures() {
        return failures;
    }

    private String shownRepositoryName() {
        return shownRepository == null ? null : shownRepository.repository().fullName();
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
        if (!followingHistory) {
            followingHistory = true;
            saving.start();
        }
        MonitoredRepository current = monitors.currentProperty().get();
        if (current != shownRepository || current == null) {
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

    private void show(MonitoredRepository repository) {
        shownRepository = repository;
        if (repository == null) {
            trends.showRepository(null);
            storage.disconnect();
            clockNote.set("");
            return;
        }
        trends.showRepository(repository.repository().fullName());
        storage.connect(repository.caches(), repository.repository(), repository.clock());
        clockNote.set(repository.connection().clockNote().orElse(""));
    }

    private Node build() {
        ZoneId zone = ZoneId.systemDefault();
        Label title = new Label("Cache");
        title.getStyleClass().add("title-3");
        Label repository = new Label();
        repository.setId("cache-repository");
        repository.getStyleClass().add("text-muted");
        repository.textProperty().bind(connectionStatus);
        Label clock = new Label();
        clock.setId("cache-clock-note");
        clock.getStyleClass().add("text-muted");
        clock.setWrapText(true);
        clock.textProperty().bind(clockNote);
        clock.visibleProperty().bind(clockNote.isNotEmpty());
        clock.managedProperty().bind(clock.visibleProperty());
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

        BorderPane root = new BorderPane();
        SectionLayout layout = new SectionLayout(new TrendsView(trends, zone).build(),
                new StorageView(storage, () -> owner, zone).build(), new FailuresView(failures).build());
        root.centerProperty().bind(layout.shown());
        root.widthProperty().addListener((obs, old, width) -> layout.fit(width.doubleValue()));
        Node historyFailing = HistorySavingBanner.of(saving);
        VBox top = new VBox(4, toolbar, clock, historyFailing);
        VBox.setMargin(clock, new Insets(0, 16, 0, 16));
        VBox.setMargin(historyFailing, new Insets(0, 16, 4, 16));
        root.setTop(top);
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
