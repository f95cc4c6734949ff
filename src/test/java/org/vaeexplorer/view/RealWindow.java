package org.vaeexplorer.view;

import javafx.stage.Stage;

/** The whole window as the app starts it, for TestFX tests: test preferences, and Quit does not exit the JVM. */
final class RealWindow {
    private RealWindow() {
    }

    /** Starts the app on {@code stage}, as the launcher does, and returns it. */
    static VaeExplorerApp open(Stage stage) throws Exception {
        System.setProperty("vaeexplorer.profile", "test");
        System.setProperty("vaeexplorer.noExit", "true");
        VaeExplorerApp app = new VaeExplorerApp();
        app.start(stage);
        return app;
    }
}
