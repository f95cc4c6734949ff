package org.vaeexplorer.view;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ImportColumn;
import org.vaeexplorer.viewmodel.ImportViewModel;

/** The import dialog's controls, bound to an {@link ImportViewModel}: one table column per file column, its role above. */
public final class ImportView {
    @FXML
    private Label fileLabel;
    @FXML
    private ChoiceBox<Character> delimiterBox;
    @FXML
    private CheckBox headerBox;
    @FXML
    private CheckBox decimalCommaBox;
    @FXML
    private ChoiceBox<CsvImport.Missing> missingBox;
    @FXML
    private TextField imageField;
    @FXML
    private TableView<List<String>> table;
    @FXML
    private Label problemLabel;
    @FXML
    private Label hiddenColumnsLabel;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button okButton;
    @FXML
    private Button cancelButton;
    private ImportViewModel vm;

    void bind(ImportViewModel model) {
        this.vm = model;
        fileLabel.setText(Texts.get("import.file", model.fileName()));
        delimiterBox.getItems().setAll(model.delimiters());
        delimiterBox.setConverter(converter(ImportViewModel::delimiterName));
        delimiterBox.valueProperty().bindBidirectional(model.delimiterProperty());
        headerBox.selectedProperty().bindBidirectional(model.headerProperty());
        decimalCommaBox.selectedProperty().bindBidirectional(model.decimalCommaProperty());
        decimalCommaBox.disableProperty().bind(model.decimalCommaPossible().not());
        missingBox.getItems().setAll(CsvImport.Missing.values());
        missingBox.setConverter(converter(m -> Texts.get(m == CsvImport.Missing.DROP ? "import.missing.drop"
                : "import.missing.refuse")));
        missingBox.valueProperty().bindBidirectional(model.missingProperty());
        imageField.textProperty().bindBidirectional(model.imageProperty());
        table.setItems(model.rows());
        table.setPlaceholder(new Label(Texts.get("import.reading")));
        model.columns().addListener((javafx.collections.ListChangeListener<ImportColumn>) change -> columns());
        columns();
        hiddenColumnsLabel.visibleProperty().bind(hiddenColumnsLabel.textProperty().isNotEmpty());
        hiddenColumnsLabel.managedProperty().bind(hiddenColumnsLabel.visibleProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.readingProperty());
        okButton.disableProperty().bind(model.okDisabled());
        for (javafx.scene.Node control : List.of(delimiterBox, headerBox, missingBox, imageField, table)) {
            control.disableProperty().bind(model.readingProperty());
        }
    }

    private void columns() {
        List<TableColumn<List<String>, ?>> shown = new java.util.ArrayList<>();
        for (int c : vm.shownColumns()) {
            shown.add(column(c, vm.columns().get(c)));
        }
        // In one change: added one at a time, each column relays out the header again.
        table.getColumns().setAll(shown);
        hiddenColumnsLabel.setText(vm.hiddenColumnsNote());
    }

    private TableColumn<List<String>, String> column(int index, ImportColumn column) {
        TableColumn<List<String>, String> tableColumn = new TableColumn<>();
        tableColumn.setSortable(false);
        tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                ? row.getValue().get(index) : ""));
        ChoiceBox<ColumnRole> role = new ChoiceBox<>();
        role.setId("role-" + index);
        role.getItems().setAll(ColumnRole.values());
        role.setConverter(converter(r -> Texts.get("import.role." + r.name().toLowerCase(java.util.Locale.ROOT))));
        role.valueProperty().bindBidirectional(column.roleProperty());
        Label name = new Label(column.name());
        name.getStyleClass().add("section");
        Label summary = new Label(column.summary());
        summary.getStyleClass().add("dim");
        VBox header = new VBox(2, name, role, summary);
        tableColumn.setGraphic(header);
        // Wide enough for what the column holds too ("numbers 0.98 to 1.71"), the dialog's point of showing it.
        int longest = 8 * Math.max(column.name().length(), column.summary().length());
        tableColumn.setPrefWidth(Math.max(150, Math.min(280, longest + 30)));
        summary.setTooltip(new javafx.scene.control.Tooltip(column.summary()));
        return tableColumn;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    @FXML
    private void onOk() {
        vm.ok();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
