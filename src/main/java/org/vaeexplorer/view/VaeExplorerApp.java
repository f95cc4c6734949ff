package org.vaeexplorer.view;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window titled "VAE Explorer". */
public final class VaeExplorerApp extends Application {
    public static final String TITLE = "VAE Explorer";

    public static void launchWith(String[] args) {
        Application.launch(VaeExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StackPane root = new StackPane(new Label("VAE Explorer"));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
