package org.vaeexplorer.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ImportViewModel;

/** The CSV import dialog as a window of its own over the main one; it closes when its view model says so. */
final class ImportDialog {
    private ImportDialog() {
    }

    static Stage show(Window owner, ImportViewModel vm) {
        FXMLLoader loader = new FXMLLoader(ImportView.class.getResource("ImportView.fxml"), Texts.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the import dialog's layout is missing from the application", e);
        }
        ImportView view = loader.getController();
        view.bind(vm);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().add(ImportView.class.getResource("main.css").toExternalForm());
        CjkFont.style(scene.getStylesheets());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        OwnerLook.follow(root, owner);
        stage.setTitle(Texts.get("import.title", vm.fileName()));
        stage.setScene(scene);
        // Closing the window is Cancel: while reading it stops the reading first.
        stage.setOnCloseRequest(e -> {
            if (vm.readingProperty().get()) {
                e.consume();
            }
            vm.cancel();
        });
        vm.closedProperty().addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
