package dev.wheelhouse.ui;

import dev.wheelhouse.runs.poll.ExecutorPollTimer;
import dev.wheelhouse.ui.cache.CacheScreen;
import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.common.LazyTooltip;
import dev.wheelhouse.ui.connection.ConnectedMonitor;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.connection.ConnectionStatusBar;
import dev.wheelhouse.ui.demo.DemoRun;
import dev.wheelhouse.ui.demo.DemoRuns;
import dev.wheelhouse.ui.launch.LaunchOptions;
import dev.wheelhouse.ui.matrix.EditorSource;
import dev.wheelhouse.ui.matrix.MatrixScreen;
import dev.wheelhouse.ui.matrix.github.GitHubButtons;
import dev.wheelhouse.ui.matrix.github.GitHubDialogs;
import dev.wheelhouse.ui.runs.RunsScreen;
import dev.wheelhouse.ui.settings.SettingsScreen;
import dev.wheelhouse.ui.settings.SettingsViewModel;
import dev.wheelhouse.ui.shell.MainWindow;
import dev.wheelhouse.ui.shell.Screen;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which screens the window has, each given the collaborators it uses, and the app-wide key
 * bindings that reach them.
 */
final class AppScreens {

    /** What the screens share, made once by the application. */
    record Shared(TaskExecutor executor, AppSettings settings, ThemeSwitcher theme, Stage stage,
                  ConnectionManager connections, ConnectedMonitor services,
                  Supplier<dev.wheelhouse.history.HistoryStore> history, Consumer<String> browser) {
    }

    private final Shared shared;
    private final MainWindow window;
    private final MatrixScreen matrix;
    private final GitHubDialogs github;
    private final RunsScreen runs;
    private final CacheScreen cache;
    private final SettingsScreen settings;

    private AppScreens(Shared shared, MainWindow window) {
        this.shared = shared;
        this.window = window;
        matrix = new MatrixScreen(shared.executor(), shared.settings(), shared.stage());
        github = new GitHubDialogs(shared.executor(), shared.services(), matrix.model(), shared.stage());
        runs = new RunsScreen(shared.executor(), shared.services(), window, shared.stage(), shared.browser(),
                () -> matrix.model().source().map(EditorSource::fileName));
        cache = new CacheScreen(shared.executor(), shared.services(), shared.connections().statusProperty(),
                shared.history(), ExecutorPollTimer.systemClock(), shared.stage());
        settings = new SettingsScreen(new SettingsViewModel(shared.connections(),
                new ConnectionSettings(shared.settings()), shared.executor()), shared.theme(), shared.settings(),
                shared.stage());
    }

    /** Builds the screens into the window and starts the demo hooks the launch options ask for. */
    static AppScreens install(Shared shared, MainWindow window, LaunchOptions.DemoOptions demo) {
        AppScreens screens = new AppScreens(shared, window);
        screens.matrix.addToolbarItem(GitHubButtons.openFromGitHub(shared.services(), screens.github));
        screens.matrix.addToolbarItem(GitHubButtons.pushAndDispatch(shared.services(), screens.matrix.model(),
                screens.github));
        window.addScreen(screens.matrix);
        window.addScreen(screens.runs);
        screens.github.setOnDispatched(done -> screens.runs.started(done.dispatch()));
        shared.services().followWindow(shared.stage().iconifiedProperty());
        window.addScreen(screens.cache);
        shared.services().onHistoryChanged(screens.cache::historyChanged);
        window.addScreen(screens.settings);
        Button themeToggle = new Button(null, new FontIcon(Material2MZ.WB_SUNNY));
        themeToggle.setId("theme-toggle");
        themeToggle.setAccessibleText(KeyBinding.TOGGLE_THEME.label());
        themeToggle.getStyleClass().addAll("flat", "button-icon");
        LazyTooltip.install(themeToggle, KeyBinding.TOGGLE_THEME.label() + " ("
                + KeyBinding.TOGGLE_THEME.combination().getDisplayText() + ")");
        themeToggle.setOnAction(event -> screens.toggleTheme());
        window.addSpacerToSideBar(themeToggle);
        ConnectionStatusBar.install(window, shared.connections());
        // The connection's own failure first; else the run monitor's, which left the GitHub buttons
        // disabled with no word of why (a data folder that cannot be written).
        window.bindNotice(shared.connections().noticeProperty(), Bindings.createStringBinding(
                () -> shared.connections().errorProperty().get().isEmpty()
                        ? shared.services().errorProperty().get() : shared.connections().errorProperty().get(),
                shared.connections().errorProperty(), shared.services().errorProperty()));
        DemoRun.installIfAsked(demo, shared.services(), screens.runs, shared.executor());
        DemoRuns.startIfAsked(demo.cacheRuns(), shared.services(), shared.executor(), screens.cache,
                () -> window.select(screens.cache));
        return screens;
    }

    /**
     * Starts the run monitor for the connection, and for every later one. Called once the window's
     * first frame is painted: building it (the history's SQLite file, the pollers, the first poll)
     * meanwhile slowed that frame, which does not show it (issue 15).
     */
    void followConnection() {
        shared.services().follow(shared.connections().connectionProperty());
    }

    MatrixScreen matrix() {
        return matrix;
    }

    void bindKeys(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(KeyBinding.TOGGLE_THEME.combination(), this::toggleTheme);
        matrix.bindKeys(scene, () -> window.currentScreenProperty().get() == matrix);
        accelerators.put(KeyBinding.OPEN_FROM_GITHUB.combination(), () -> {
            if (window.currentScreenProperty().get() == matrix) {
                github.openFromGitHub();
            }
        });
        accelerators.put(KeyBinding.PUSH_AND_DISPATCH.combination(), () -> {
            if (window.currentScreenProperty().get() == matrix) {
                github.pushAndDispatch();
            }
        });
        // One accelerator per key combination: the screen in front decides what refresh means.
        accelerators.put(KeyBinding.REFRESH.combination(), () -> {
            Screen current = window.currentScreenProperty().get();
            if (current == runs) {
                runs.refresh();
            } else if (current == cache) {
                cache.refresh();
            }
        });
        accelerators.put(KeyBinding.SHOW_SETTINGS.combination(), () -> window.select(settings));
        List<Screen> screens = window.screens();
        List<KeyBinding> navigation = List.of(KeyBinding.SHOW_MATRIX, KeyBinding.SHOW_RUNS,
                KeyBinding.SHOW_CACHE);
        for (int i = 0; i < Math.min(screens.size(), navigation.size()); i++) {
            Screen screen = screens.get(i);
            accelerators.put(navigation.get(i).combination(), () -> window.select(screen));
        }
        // By its own key, whichever screens come before it.
        accelerators.put(KeyBinding.SHOW_CACHE.combination(), () -> window.select(cache));
    }

    private void toggleTheme() {
        shared.theme().toggle();
        shared.settings().setDarkTheme(shared.theme().darkProperty().get());
    }
}
