package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.dispatch.DispatchResult;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.release.DownloadViewModel;
import dev.wheelhouse.ui.release.ReleasePanel;
import dev.wheelhouse.ui.release.ReleaseViewModel;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.shell.Screen;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Runs screen: the runs list as the first tab, each open run as a tab of its own. Runs open
 * from the list, from "Dispatch…", from the editor's Push & dispatch and from notifications.
 */
public final class RunsScreen implements Screen {

    private final TaskExecutor executor;
    private final Window owner;
    private final Consumer<String> browser;
    private final ConnectedMonitor monitors;
    private final MainWindow window;
    private final RunsListViewModel listModel;
    private final TabPane tabs = new TabPane();
    private final Tab listTab;
    private final Map<Long, Tab> runTabs = new LinkedHashMap<>();
    private final Map<Long, RunView> runViews = new LinkedHashMap<>();
    private boolean inFront;
    /**
     * Reads the list again while it is in front; stopped otherwise: a running animation keeps
     * JavaFX pulsing sixty times a second, an idle window's whole cost.
     */
    private final Timeline follow = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> followList()));

    /**
     * @param browser        opens a page of GitHub in the user's browser
     * @param editorWorkflow the file name of the workflow the editor has open, if any
     */
    public RunsScreen(TaskExecutor executor, ConnectedMonitor monitors, MainWindow window, Window owner,
                      Consumer<String> browser, Supplier<Optional<String>> editorWorkflow) {
        this.executor = executor;
        this.owner = owner;
        this.browser = browser;
        this.monitors = monitors;
        this.window = window;
        this.listModel = new RunsListViewModel(executor, editorWorkflow);
        // The list's controls are made when the screen is first shown (view()): the window's first
        // frame shows the editor, and start-up should not pay for a table nobody sees yet.
        listTab = new Tab("All runs");
        listTab.setId("runs-list-tab");
        listTab.setClosable(false);
        listTab.setGraphic(new FontIcon(Material2AL.LIST));
        tabs.getTabs().add(listTab);
        tabs.setId("runs-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        monitors.currentProperty().addListener((obs, old, next) -> {
            closeRunTabs();
            listModel.connect(next);
        });
        listModel.connect(monitors.currentProperty().get());
        // The list in front reads itself again: on coming to the front, and while a run it shows is going.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == listTab && inFront) {
                listModel.refresh();
            }
        });
        follow.setCycleCount(Timeline.INDEFINITE);
        new RunNotifier(monitors, executor, owner, this::bringToFront);
        RunsStatusBar.install(window, monitors, executor);
    }

    @Override
    public String title() {
        return "Runs";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PLAY_CIRCLE_OUTLINE;
    }

    @Override
    public Node view() {
        if (listTab.getContent() == null) {
            listTab.setContent(new RunsListView(listModel, run -> open(run.id()), this::dispatch).view());
        }
        return tabs;
    }

    private void followList() {
        MonitoredRepository repository = monitors.currentProperty().get();
        if (inFront && repository != null && tabs.getSelectionModel().getSelectedItem() == listTab) {
            // Six poll intervals: 30 s against GitHub, as often in the sandbox's own time.
            listModel.refreshIfLive(repository.monitor().scheduler().policy().interval().multipliedBy(6));
        }
    }

    @Override
    public void hidden() {
        inFront = false;
        follow.stop();
    }

    @Override
    public void shown() {
        inFront = true;
        follow.play();
        monitors.applyNotificationSettings();
        if (tabs.getSelectionModel().getSelectedItem() == listTab) {
            listModel.refresh();
        }
    }

    public RunsListViewModel listModel() {
        return listModel;
    }

    /** Ctrl+R: polls the run in front, or reads the list again. */
    public void refresh() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        runTabs.entrySet().stream().filter(e -> e.getValue() == selected).findFirst()
                .map(e -> runViews.get(e.getKey()))
                .ifPresentOrElse(view -> view.model().refresh(), listModel::refresh);
    }

    /** Opens a run's tab (or selects it when open) and shows this screen. */
    public void bringToFront(long runId) {
        open(runId);
        window.select(this);
    }

    /** The model of an open run tab. */
    public Optional<RunViewModel> run(long runId) {
        return Optional.ofNullable(runViews.get(runId)).map(RunView::model);
    }

    /** Opens a run's tab, or selects it when it is open. */
    public void open(long runId) {
        MonitoredRepository repository = monitors.currentProperty().get();
        if (repository == null) {
            return;
        }
        Tab existing = runTabs.get(runId);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        RunViewModel model = new RunViewModel(executor, repository, runId);
        Optional<ReleasePanel> release = repository.release().map(source -> new ReleasePanel(
                new ReleaseViewModel(executor, source, runId, repository.clock()),
                new DownloadViewModel(executor, source)));
        RunView view = new RunView(model, this::openInBrowser, release);
        Tab tab = new Tab();
        tab.textProperty().bind(model.titleProperty());
        tab.setTooltip(new Tooltip());
        tab.getTooltip().textProperty().bind(model.headingProperty());
        tab.setContent(view.view());
        tab.setId("run-tab-" + runId);
        tab.setOnClosed(e -> {
            runTabs.remove(runId);
            runViews.remove(runId);
            view.close();
        });
        runTabs.put(runId, tab);
        runViews.put(runId, view);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void closeRunTabs() {
        runViews.values().forEach(RunView::close);
        tabs.getTabs().removeAll(runTabs.values());
        runTabs.clear();
        runViews.clear();
    }

    /** Opens the dispatch dialog for the workflow the list shows. */
    public void dispatch() {
        MonitoredRepository repository = monitors.currentProperty().get();
        var workflow = listModel.workflowProperty().get();
        if (repository == null || workflow == null) {
            return;
        }
        DispatchViewModel model = new DispatchViewModel(executor, repository, workflow);
        new DispatchDialog(owner, model, this::started).show();
    }

    /** A run started from this app: it opens, and the list shows it. */
    public void started(DispatchResult result) {
        bringToFront(result.runId());
        listModel.refresh();
    }

    private void openInBrowser(String url) {
        if (url != null && !url.isEmpty()) {
            browser.accept(url);
        }
    }
}
