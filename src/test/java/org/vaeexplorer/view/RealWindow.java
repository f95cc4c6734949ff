package org.vaeexplorer.view;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.MainViewModel;

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

    /** A daemon thread for a test's model work, as the app's model thread is one. */
    static java.util.concurrent.ExecutorService modelThread() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(job -> {
            Thread t = new Thread(job, "test-model");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The window's frame (MainView.fxml) bound to {@code vm} with {@code dialogs}, on a 1280×800 scene of
     * {@code stage}, without its panes: the test calls {@link MainView#joinPanes()} when it wants them.
     */
    static MainView frame(Stage stage, MainViewModel vm, MainView.FileDialogs dialogs) throws java.io.IOException {
        var loader = new javafx.fxml.FXMLLoader(MainView.class.getResource("MainView.fxml"),
                org.vaeexplorer.text.Texts.bundle());
        javafx.scene.Parent root = loader.load();
        MainView view = loader.getController();
        view.bind(vm, dialogs);
        stage.setScene(new javafx.scene.Scene(root, 1280, 800));
        return view;
    }

    /** A session with something to lose: 300 moons points and a small model trained one epoch with Step epoch. */
    static void smallMoonsTrainedOneEpoch(FxRobot robot, MainViewModel vm) throws Exception {
        robot.interact(() -> {
            vm.settings().field("hidden").textProperty().set("8");
            vm.data().pointsProperty().set("300");
            vm.data().datasetChoiceProperty().set(vm.data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.data().dataProperty().get() != null);
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.training().reports().size() == 1);
    }
}
