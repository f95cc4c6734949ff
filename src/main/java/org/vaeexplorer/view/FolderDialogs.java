package org.vaeexplorer.view;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.FolderImportViewModel;

/**
 * File ▸ Open folder and a folder dropped on the window: the options (size, grey or colour, skip or refuse
 * unreadable pictures), then a small window with the reading's progress and Cancel, which closes when reading ends.
 */
final class FolderDialogs {
    private FolderDialogs() {
    }

    static javafx.stage.DirectoryChooser chooser() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(Texts.get("folder.choose.title"));
        return chooser;
    }

    /** Asks for the options; reads the folder with them unless the user cancels. */
    static void readFolder(Window owner, FolderImportViewModel folders, Path folder) {
        if (options(owner, folders, folder) && folders.open(folder)) {
            progress(owner, folders).show();
        }
    }

    /** @return whether the user chose Read */
    private static boolean options(Window owner, FolderImportViewModel folders, Path folder) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        dialog.setTitle(Texts.get("folder.options.title", name));
        Label header = new Label(Texts.get("folder.options.header"));
        header.setWrapText(true);
        header.setMaxWidth(460);
        TextField size = new TextField();
        size.setId("folderSizeField");
        size.setPrefColumnCount(8);
        size.textProperty().bindBidirectional(folders.sizeProperty());
        CheckBox colour = new CheckBox(Texts.get("folder.options.colour"));
        colour.selectedProperty().bindBidirectional(folders.colourProperty());
        CheckBox refuse = new CheckBox(Texts.get("folder.options.refuse"));
        refuse.setWrapText(true);
        refuse.setMaxWidth(460);
        refuse.selectedProperty().bindBidirectional(folders.refuseUnreadableProperty());
        Label problem = new Label();
        problem.setStyle("-fx-text-fill: #c62828;");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("folder.options.size")), size);
        grid.add(colour, 0, 1, 2, 1);
        grid.add(refuse, 0, 2, 2, 1);
        VBox content = new VBox(12, header, grid, problem);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        CjkFont.style(dialog.getDialogPane().getStylesheets());
        ButtonType read = new ButtonType(Texts.get("folder.options.read"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(read, ButtonType.CANCEL);
        Button readButton = (Button) dialog.getDialogPane().lookupButton(read);
        readButton.setId("folderReadButton");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = folders.sizeProblem();
            return why == null ? "" : why;
        }, folders.sizeProperty()));
        readButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == read;
    }

    private static Stage progress(Window owner, FolderImportViewModel folders) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("folder.progress.title", folders.folderNameProperty().get()));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> folders.filesTotalProperty().get() == 0 ? -1
                : (double) folders.filesReadProperty().get() / folders.filesTotalProperty().get(),
                folders.filesReadProperty(), folders.filesTotalProperty()));
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(folders::progressText,
                folders.filesReadProperty(), folders.filesTotalProperty()));
        Button cancel = new Button(Texts.get("folder.progress.cancel"));
        cancel.setId("folderCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> folders.cancel());
        VBox box = new VBox(10, count, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        CjkFont.style(stage.getScene().getStylesheets());
        stage.setOnCloseRequest(e -> folders.cancel());
        folders.readingProperty().addListener((obs, was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        return stage;
    }
}
