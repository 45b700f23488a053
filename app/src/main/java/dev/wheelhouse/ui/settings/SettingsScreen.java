package dev.wheelhouse.ui.settings;

import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.common.FormRows;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.shell.Screen;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;

/** Settings: the connection (server, repository, token), notifications, appearance. */
public final class SettingsScreen implements Screen {

    private final SettingsViewModel model;
    private final ThemeSwitcher theme;
    private final AppSettings settings;
    private final Window owner;
    private Node view;

    public SettingsScreen(SettingsViewModel model, ThemeSwitcher theme, AppSettings settings, Window owner) {
        this.model = model;
        this.theme = theme;
        this.settings = settings;
        this.owner = owner;
    }

    public SettingsViewModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SETTINGS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label heading = new Label("Connection");
        heading.getStyleClass().add("title-3");
        Label current = new Label();
        current.setId("connection-current");
        current.textProperty().bind(model.connections().statusProperty());
        current.getStyleClass().add("text-bold");

        TextField endpoint = new TextField();
        endpoint.setId("endpoint-field");
        endpoint.setPromptText("github.com, or your Enterprise Server's address");
        endpoint.textProperty().bindBidirectional(model.endpointProperty());
        TextField repository = new TextField();
        repository.setId("repository-field");
        repository.setPromptText("owner/name");
        repository.textProperty().bindBidirectional(model.repositoryProperty());
        Button fromClone = new Button("From a local clone…", new FontIcon(Material2AL.FOLDER_OPEN));
        fromClone.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose a clone of the repository");
            File folder = chooser.showDialog(owner);
            if (folder != null) {
                model.readClone(folder.toPath());
            }
        });
        PasswordField token = new PasswordField();
        token.setId("token-field");
        token.setPromptText("Leave empty to use GH_TOKEN, GITHUB_TOKEN or the GitHub CLI");
        token.textProperty().bindBidirectional(model.tokenProperty());
        CheckBox remember = new CheckBox("Keep a pasted token in the OS keychain");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        FormRows.add(form, 0, "Server", endpoint);
        FormRows.add(form, 1, "Repository", repository, new HBox(8, repository, fromClone));
        FormRows.add(form, 2, "Token", token);
        form.add(remember, 1, 3);
        endpoint.setPrefColumnCount(32);
        repository.setPrefColumnCount(24);
        token.setPrefColumnCount(32);

        Button connect = new Button("Connect and test", new FontIcon(Material2AL.CLOUD_DONE));
        connect.setId("connect-github");
        connect.getStyleClass().add("accent");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connect());
        Button sandbox = new Button("Use the built-in sandbox", new FontIcon(Material2MZ.SCIENCE));
        sandbox.setId("use-sandbox");
        sandbox.setOnAction(e -> model.useSandbox());
        Button forget = new Button("Forget the saved token", new FontIcon(Material2AL.DELETE_OUTLINE));
        forget.setOnAction(e -> model.forgetToken());
        connect.disableProperty().bind(model.connections().connectingProperty());
        sandbox.disableProperty().bind(model.connections().connectingProperty());
        HBox buttons = new HBox(8, connect, sandbox, forget);

        Label error = wrapping("settings-error", "error-banner");
        error.textProperty().bind(Bindings.concat(model.formErrorProperty(), model.connections().errorProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label report = wrapping("connection-report", "info-banner");
        report.textProperty().bind(Bindings.concat(model.reportProperty(), " ", model.tokenSourceProperty()));
        report.visibleProperty().bind(model.reportProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());

        Label needs = new Label("Wheelhouse needs a classic token with the repo and workflow scopes, or a "
                + "fine-grained token with Actions (read and write), Contents (read and write), Workflows (write) "
                + "and Checks (read) on the repository. The token is never written to a file or a log.");
        needs.setWrapText(true);
        needs.getStyleClass().add("text-muted");

        Label appearance = new Label("Appearance and notifications");
        appearance.getStyleClass().add("title-3");
        CheckBox dark = new CheckBox("Dark theme");
        dark.setSelected(theme.darkProperty().get());
        theme.darkProperty().addListener((obs, old, value) -> dark.setSelected(value));
        dark.setOnAction(e -> {
            theme.apply(dark.isSelected());
            settings.setDarkTheme(dark.isSelected());
        });
        CheckBox failuresOnly = new CheckBox("Notify only about failures (not every finished run)");
        failuresOnly.setId("failures-only");
        failuresOnly.setSelected(settings.getBoolean("notify.failuresOnly", false));
        failuresOnly.setOnAction(e -> settings.putBoolean("notify.failuresOnly", failuresOnly.isSelected()));

        VBox page = new VBox(12, heading, current, form, buttons, error, report, needs, new Separator(),
                appearance, dark, failuresOnly);
        page.setPadding(new Insets(24));
        page.setMaxWidth(900);
        ScrollPane scroller = new ScrollPane(page);
        scroller.setFitToWidth(true);
        return scroller;
    }

    private static Label wrapping(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        return label;
    }
}
