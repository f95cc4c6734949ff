package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.MainViewModel;

/**
 * Opening a folder of pictures in the real window (headless): the options dialog's choices reach the data, the
 * progress window closes by itself, and the image views draw the colour pictures.
 */
@ExtendWith(ApplicationExtension.class)
class FolderWindowTest {
    @TempDir
    Path dir;
    private VaeExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    @Test
    void theOptionsDialogReadsTheFolderInColourAndTheViewsShowIt(FxRobot robot) throws Exception {
        int[] colours = {0xd32f2f, 0x388e3c, 0x1976d2};
        List<String> names = List.of("red", "green", "blue");
        for (int k = 0; k < 3; k++) {
            Files.createDirectories(dir.resolve(names.get(k)));
            for (int i = 0; i < 8; i++) {
                BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 12; y++) {
                    for (int x = 0; x < 12; x++) {
                        image.setRGB(x, y, Math.abs(x - y) <= i % 4 ? colours[k] : 0xffffff);
                    }
                }
                ImageIO.write(image, "png", dir.resolve(names.get(k) + "/" + i + ".png").toFile());
            }
        }
        robot.interact(() -> vm().settings().field("hidden").textProperty().set("16"));
        Platform.runLater(() -> FolderDialogs.readFolder(stage, vm().data().folders(), dir));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#folderReadButton").tryQuery()
                .map(b -> b.getScene() != null && b.getScene().getWindow() != null
                        && b.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#folderSizeField").eraseText(5).write("12");
        robot.clickOn(Texts.get("folder.options.colour"));
        robot.clickOn("#folderReadButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null
                && vm().data().dataProperty().get().data().name().equals(dir.getFileName().toString()));
        var data = vm().data().dataProperty().get().data();
        assertEquals(new ImageShape(12, 12, 3), data.imageShape());
        assertEquals(names.stream().sorted().toList(), data.classNames());
        assertEquals(24, data.rows());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm().data().folders().readingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#folderCancelButton").tryQuery().isPresent(), "the progress window closed");
        String picture = System.getProperty("vaeexplorer.folderPicture");
        if (picture != null) {
            robot.clickOn("#stepButton");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().training().reports().size() == 1);
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            robot.interact(() -> {
                try {
                    ImageIO.write(PanePictures.toBuffered(stage.getScene().snapshot(null)), "png",
                            Path.of(picture).toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
