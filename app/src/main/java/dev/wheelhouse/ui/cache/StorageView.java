package dev.wheelhouse.ui.cache;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Storage section: a meter of the cache against its limit, sccache's share, the warning near
 * the limit, and the entries, several of which can be deleted after a confirmation.
 */
final class StorageView {

    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final StorageViewModel model;
    private final Supplier<Window> owner;
    private final ZoneId zone;
    private final TableView<CacheEntryRow> table = new TableView<>();

    StorageView(StorageViewModel model, Supplier<Window> owner, ZoneId zone) {
        this.model = model;
        this.owner = owner;
        this.zone = zone;
    }

    Node build() {
        Label heading = new Label("Storage");
        heading.getStyleClass().add("title-4");
        CheckBox sccacheOnly = new CheckBox("sccache entries only");
        sccacheOnly.setId("cache-sccache-only");
        sccacheOnly.selectedProperty().bindBidirectional(model.sccacheOnlyProperty());
        Button delete = new Button("Delete…", new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("cache-delete");
        delete.getStyleClass().add("danger");
        delete.setTooltip(new Tooltip("Delete the chosen entries (asks first)"));
        delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(model.busyProperty()));
        delete.setOnAction(e -> confirmAndDelete());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, heading, gap, sccacheOnly, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        ProgressBar meter = new ProgressBar();
        meter.setId("cache-meter");
        meter.getStyleClass().add("cache-meter");
        meter.setPrefWidth(260);
        meter.progressProperty().bind(model.usedFractionProperty());
        model.warningProperty().addListener((obs, old, text) -> nearLimit(meter, !text.isEmpty()));
        Label usage = new Label();
        usage.setId("cache-usage");
        usage.textProperty().bind(model.usageProperty());
        Label sccache = new Label();
        sccache.setId("cache-sccache-figures");
        sccache.getStyleClass().add("text-muted");
        sccache.textProperty().bind(model.sccacheFiguresProperty());
        HBox figures = new HBox(12, meter, usage, new Label("·"), sccache);
        figures.setAlignment(Pos.CENTER_LEFT);
        figures.visibleProperty().bind(model.storageProperty().isNotNull());
        figures.managedProperty().bind(figures.visibleProperty());

        Label warning = CacheScreen.banner("cache-warning", "warning-banner", model.warningProperty());
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));
        Label error = CacheScreen.banner("cache-error", "error-banner", model.errorProperty());
        Label status = CacheScreen.banner("cache-status", "info-banner", model.statusProperty());
        model.deletionFailedProperty().addListener((obs, old, failed) -> {
            status.getStyleClass().removeAll("info-banner", "warning-banner");
            status.getStyleClass().add(failed ? "warning-banner" : "info-banner");
        });

        buildTable();
        VBox section = new VBox(8, header, figures, warning, error, status, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        section.getStyleClass().add("cache-section");
        section.setPadding(new Insets(8, 16, 12, 16));
        return section;
    }

    private static void nearLimit(ProgressBar meter, boolean near) {
        meter.getStyleClass().remove("near-limit");
        if (near) {
            meter.getStyleClass().add("near-limit");
        }
    }

    private void buildTable() {
        table.setId("cache-entries");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CacheEntryRow, String> key = column("Key", CacheEntryRow::key, 420);
        TableColumn<CacheEntryRow, String> branch = column("Branch", CacheEntryRow::branch, 140);
        TableColumn<CacheEntryRow, Long> size = column("Size", CacheEntryRow::sizeInBytes, 90);
        size.setCellFactory(c -> textCell(ByteSize::text));
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CacheEntryRow, CacheEntryRow> lastUsed = column("Last used", row -> row, 120);
        lastUsed.setCellFactory(c -> textCell(CacheEntryRow::lastUsed));
        lastUsed.setComparator(Comparator.comparing(CacheEntryRow::lastAccessedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        TableColumn<CacheEntryRow, Instant> created = column("Created", CacheEntryRow::createdAt, 140);
        created.setCellFactory(c -> textCell(t -> CREATED.format(t.atZone(zone))));
        table.getColumns().setAll(List.of(key, branch, size, lastUsed, created));
        Label placeholder = new Label();
        placeholder.setId("cache-empty");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.textProperty().bind(model.emptyMessageProperty());
        table.setPlaceholder(placeholder);
    }

    private static <T> TableColumn<CacheEntryRow, T> column(String title, Function<CacheEntryRow, T> value,
                                                           double width) {
        TableColumn<CacheEntryRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableCell<CacheEntryRow, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        };
    }

    private void confirmAndDelete() {
        List<CacheEntryRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.deletionQuestion(chosen), ButtonType.CANCEL,
                DELETE);
        alert.initOwner(owner.get());
        alert.setHeaderText(chosen.size() == 1 ? "Delete this cache entry?" : "Delete " + chosen.size()
                + " cache entries?");
        alert.getDialogPane().setId("cache-delete-dialog");
        alert.getDialogPane().lookupButton(DELETE).setId("cache-delete-confirm");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cache-delete-cancel");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(DELETE)).setDefaultButton(false);
        if (alert.showAndWait().filter(DELETE::equals).isPresent()) {
            model.delete(chosen);
        }
    }
}
