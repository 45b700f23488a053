package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.dispatch.DispatchResult;
import dev.wheelhouse.runs.dispatch.InputProblem;
import dev.wheelhouse.ui.common.DispatchForm;
import dev.wheelhouse.ui.theme.ThemeSwitcher;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;

import java.util.function.Consumer;

/** The runs screen's "Dispatch…" window: a branch or tag (searchable), the typed inputs, run. */
public final class DispatchDialog {

    private final DispatchViewModel model;
    private final Stage stage = new Stage();
    private final VBox formHolder = new VBox();
    private DispatchForm form;

    public DispatchDialog(Window owner, DispatchViewModel model, Consumer<DispatchResult> onStarted) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Dispatch " + model.workflow().fileName());

        Label title = new Label("Run " + model.workflow().name() + " (" + model.workflow().path() + ")");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);

        SearchableComboBox<RefChoice> ref = new SearchableComboBox<>(model.refs());
        ref.setId("dispatch-ref");
        ref.setPromptText("Branch or tag");
        ref.setPrefWidth(320);
        model.planProperty().addListener((obs, old, plan) -> {
            if (plan != null && !plan.ref().equals(ref.getValue())) {
                ref.setValue(plan.ref());
            }
        });
        ref.valueProperty().addListener((obs, old, chosen) -> model.selectRef(chosen));
        HBox refRow = new HBox(10, new Label("Run on"), ref);
        refRow.setAlignment(Pos.CENTER_LEFT);

        Label inputs = new Label("Workflow inputs");
        inputs.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.setId("dispatch-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-banner");
        problem.setVisible(false);
        problem.setManaged(false);
        model.planProperty().addListener((obs, old, plan) -> {
            form = new DispatchForm(plan.inputs(), plan.environments());
            formHolder.getChildren().setAll(form.view());
            problem.setText(plan.problem().orElse(""));
            problem.setVisible(plan.problem().isPresent());
            problem.setManaged(plan.problem().isPresent());
        });
        model.inputProblems().addListener((ListChangeListener<InputProblem>) c -> {
            if (form != null) {
                form.showProblems(model.inputProblems());
            }
        });

        Label error = new Label();
        error.setId("dispatch-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button run = new Button("Dispatch");
        run.setId("dispatch-confirm");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.busyProperty().or(model.planProperty().isNull()));
        run.setOnAction(e -> model.dispatch(form == null ? java.util.Map.of() : form.values(), started -> {
            stage.close();
            onStarted.accept(started);
        }));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, gap, close, run);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(10, title, refRow, problem, inputs, formHolder, error, buttons);
        content.setPadding(new Insets(16));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        Scene scene = new Scene(scroller, 640, 520);
        scene.getStylesheets().add(ThemeSwitcher.APP_STYLESHEET);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        model.load();
    }

    public Stage stage() {
        return stage;
    }
}
