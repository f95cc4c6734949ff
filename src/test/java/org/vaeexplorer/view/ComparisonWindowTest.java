package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.ComparisonPlan;
import org.vaeexplorer.viewmodel.MainViewModel;

/** The comparison's window, headless: a map per run, a drag in one moves the probe of all, closing ends it. */
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {
    private Stage stage;
    private VaeExplorerApp app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = RealWindow.open(stage);
    }

    /** Moons with {@code points} points and a model trained {@code epochs} epochs per run, once loaded. */
    private static void moons(FxRobot robot, MainViewModel vm, String epochs, String hidden, String points)
            throws Exception {
        robot.interact(() -> {
            vm.settings().field("epochs").textProperty().set(epochs);
            vm.settings().field("hidden").textProperty().set(hidden);
            vm.data().pointsProperty().set(points);
            vm.data().datasetChoiceProperty().set(vm.data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.data().dataProperty().get() != null
                && vm.data().dataProperty().get().data().name().equals("moons"));
    }

    @Test
    void showsAMapPerRunAndOneProbeForAll(FxRobot robot) throws Exception {
        MainViewModel vm = app.viewModel();
        moons(robot, vm, "4", "16,16", "500");
        ComparisonWindow window = new ComparisonWindow();
        robot.interact(() -> window.show(stage, vm.comparison(), vm.data().dataProperty(),
                ComparisonPlan.betas(vm.settings().configProperty().get())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.comparison().trainingProperty().get()
                && vm.comparison().snapshotProperty().get() != null
                && vm.comparison().snapshotProperty().get().runs().get(2).epoch() == 4);
        var root = window.stage().getScene().getRoot();
        for (int i = 0; i < 3; i++) {
            assertEquals(1, robot.from(root).lookup("#comparisonMap" + i).queryAll().size(), "map " + i);
        }
        assertTrue(robot.from(root).lookup("#comparisonMap3").queryAll().isEmpty(), "one map per run, no more");

        Canvas first = robot.lookup("#comparisonMap0").queryAs(Canvas.class);
        Bounds b = first.localToScreen(first.getBoundsInLocal());
        double before = vm.comparison().probeXProperty().get();
        robot.drag(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2)
                .dropTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.8, b.getMinY() + b.getHeight() / 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, vm.comparison().probeXProperty().get(), "the drag moved the shared probe");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.comparison().probeProperty().get() != null
                && vm.comparison().probeProperty().get().x() == vm.comparison().probeXProperty().get());
        assertEquals(3, vm.comparison().probeProperty().get().decoded().size(), "each run decodes it");

        robot.interact(() -> window.stage().hide());
        assertNull(vm.comparison().planProperty().get(), "closing ends the comparison");
        assertTrue(stage.isShowing());
    }

    @Test
    void itsPicturesGrowWithTheMainWindowInPresenterMode(FxRobot robot) throws Exception {
        MainViewModel vm = app.viewModel();
        moons(robot, vm, "1", "8", "200");
        ComparisonWindow window = new ComparisonWindow();
        try {
            robot.interact(() -> {
                vm.display().presenterScaleProperty().set(2);
                vm.display().presenterProperty().set(true);
                window.show(stage, vm.comparison(), vm.data().dataProperty(),
                        ComparisonPlan.betas(vm.settings().configProperty().get()));
            });
            assertEquals(2, window.view().paintScale(), "opened while presenting");
            robot.interact(() -> vm.display().presenterProperty().set(false));
            assertEquals(1, window.view().paintScale(), "follows presenter mode off");
            robot.interact(() -> vm.display().presenterProperty().set(true));
            assertEquals(2, window.view().paintScale(), "and on again");
        } finally {
            robot.interact(() -> {
                vm.display().presenterProperty().set(false);
                vm.display().presenterScaleProperty().set(1.5);
                window.stage().hide();
            });
        }
    }

    @Test
    void theLossTitleWrapsToTheChartWithoutLosingAWordInEitherLanguage() {
        String english = "\u2212ELBO per epoch, nats per example (a plain autoencoder: its reconstruction)";
        String chinese = "每轮的 −ELBO，单位为每个样本的奈特（普通自编码器：其重构项）；实线为训练集，虚线为留出集";
        for (String title : new String[] {english, chinese}) {
            var one = ComparisonPainter.wrap(title, 5000);
            assertEquals(List.of(title), one, "wide enough: one line");
            var lines = ComparisonPainter.wrap(title, 180);
            assertTrue(lines.size() >= 2, lines.toString());
            javafx.scene.text.Text measure = new javafx.scene.text.Text();
            measure.setFont(CjkFont.canvas(14));
            for (String line : lines) {
                measure.setText(line);
                assertTrue(measure.getLayoutBounds().getWidth() <= 180 || !line.contains(" "), line);
            }
            assertEquals(title.replace(" ", ""), String.join("", lines).replace(" ", ""), "every character kept");
        }
        assertEquals(List.of("reconstruction"), ComparisonPainter.wrap("reconstruction", 10), "a word is not cut");
    }
}
