package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.AppContext;
import dev.wheelhouse.ui.common.KeyBinding;
import dev.wheelhouse.ui.shell.Screen;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The matrix editor screen: the view, its model, and the dialogs it needs from the desktop. */
public final class MatrixScreen implements Screen, MatrixEditorActions {

    private final AppContext context;
    private final MatrixEditorViewModel model;
    private final List<Node> extraToolbarItems = new ArrayList<>();
    private MatrixEditorView view;

    public MatrixScreen(AppContext context) {
        this.context = context;
        this.model = new MatrixEditorViewModel(context.executor(), new SettingsRecentFiles(context.settings()));
    }

    public MatrixEditorViewModel model() {
        return model;
    }

    /** Lets another screen add a toolbar button (before the view is first shown). */
    public void addToolbarItem(Node item) {
        extraToolbarItems.add(item);
    }

    @Override
    public String title() {
        return "Matrix";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GRID_ON;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new MatrixEditorView(model, this);
        }
        return view.view();
    }

    /** Ctrl+O, Ctrl+S, … while this screen is in front. */
    public void bindKeys(Scene scene, BooleanSupplier inFront) {
        var keys = scene.getAccelerators();
        keys.put(KeyBinding.OPEN.combination(), when(inFront, this::openFile));
        keys.put(KeyBinding.OPEN_FOLDER.combination(), when(inFront, this::openFolder));
        keys.put(KeyBinding.SAVE.combination(), when(inFront, this::save));
        keys.put(KeyBinding.SAVE_AS.combination(), when(inFront, this::saveAs));
        keys.put(KeyBinding.RELOAD.combination(), when(inFront, this::reload));
        keys.put(KeyBinding.UNDO.combination(), when(inFront, model::undo));
        keys.put(KeyBinding.REDO.combination(), when(inFront, model::redo));
    }

    private static Runnable when(BooleanSupplier condition, Runnable action) {
        return () -> {
            if (condition.getAsBoolean()) {
                action.run();
            }
        };
    }

    @Override
    public void openFile() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a workflow");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Workflow files", "*.yml", "*.yaml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        context.settings().lastDirectory().filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            context.settings().setLastDirectory(chosen.toPath().getParent());
            model.open(chosen.toPath());
        }
    }

    @Override
    public void openFolder() {
        if (!confirmDiscard()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a repository clone");
        context.settings().lastDirectory().filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            context.settings().setLastDirectory(chosen.toPath());
            model.openFolder(chosen.toPath());
        }
    }

    @Override
    public void openRecent() {
        List<Path> recent = context.settings().recentFiles();
        if (recent.isEmpty()) {
            info("No recent files yet", "Files you open appear here.");
            return;
        }
        if (!confirmDiscard()) {
            return;
        }
        ChoiceDialog<Path> dialog = new ChoiceDialog<>(recent.get(0), recent);
        dialog.initOwner(window());
        dialog.setTitle("Recent workflows");
        dialog.setHeaderText("Open a recent workflow");
        dialog.showAndWait().ifPresent(model::open);
    }

    @Override
    public void save() {
        model.save();
    }

    @Override
    public void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the workflow as");
        Path current = model.fileProperty().get();
        if (current != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            model.saveAs(chosen.toPath());
        }
    }

    @Override
    public void reload() {
        if (confirmDiscard()) {
            model.reload();
        }
    }

    @Override
    public Window window() {
        return context.stage();
    }

    @Override
    public List<Node> extraToolbarItems() {
        return List.copyOf(extraToolbarItems);
    }

    private boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The matrix has unsaved edits. Discard them?", ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText("Discard unsaved edits?");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.show();
    }
}
