package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.ImageShape;

/** Opening a folder of images from the window's view model, without a screen; UI and model work run at once. */
class FolderImportViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel main;
    private FolderImportViewModel folders;

    @BeforeEach
    void create() throws Exception {
        main = new MainViewModel(NOW, NOW);
        main.data().datasetChoiceProperty().set(main.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        folders = main.data().folders();
        for (String cls : List.of("circle", "square")) {
            for (int i = 0; i < 3; i++) {
                BufferedImage image = new BufferedImage(6, 6, BufferedImage.TYPE_INT_RGB);
                image.setRGB(i, i, 0xffffff);
                Files.createDirectories(dir.resolve("shapes/" + cls));
                ImageIO.write(image, "png", dir.resolve("shapes/" + cls + "/" + i + ".png").toFile());
            }
        }
    }

    @Test
    void theChosenOptionsReachTheLoadedDataAndItsLessonSource() {
        folders.sizeProperty().set("3x3");
        folders.colourProperty().set(true);
        List<String> firstLine = new java.util.ArrayList<>();
        folders.readingProperty().addListener((obs, was, now) -> firstLine.add(folders.progressText()));
        assertTrue(folders.open(dir.resolve("shapes")));
        assertEquals("Looking for pictures in shapes…", firstLine.get(0), "not '0 of 0 pictures read'");
        assertEquals("6 of 6 pictures read", folders.progressText());
        DataSnapshot loaded = main.data().dataProperty().get();
        assertEquals("shapes", loaded.data().name());
        assertEquals(new ImageShape(3, 3, 3), loaded.data().imageShape());
        assertEquals(List.of("circle", "square"), loaded.data().classNames());
        assertEquals(6, loaded.data().rows());
        assertFalse(folders.readingProperty().get());
        assertEquals(6, folders.filesReadProperty().get());
        assertEquals(6, folders.filesTotalProperty().get());
        assertTrue(main.noticeProperty().get().text().startsWith("Loaded shapes: 6 rows, 27 features, 2 classes"),
                main.noticeProperty().get().text());
    }

    @Test
    void skippedPicturesAreNamedAfterTheLoadedNotice() throws Exception {
        Files.writeString(dir.resolve("shapes/square/broken.png"), "not a png");
        folders.open(dir.resolve("shapes"));
        assertEquals(6, main.data().dataProperty().get().data().rows());
        Notice notice = main.noticeProperty().get();
        assertFalse(notice.error());
        assertTrue(notice.text().startsWith("1 picture could not be read and was skipped: square/broken.png ("),
                notice.text());
    }

    @Test
    void refusingUnreadablePicturesKeepsTheDataAndNamesTheFile() throws Exception {
        Files.writeString(dir.resolve("shapes/square/broken.png"), "not a png");
        DataSnapshot before = main.data().dataProperty().get();
        folders.refuseUnreadableProperty().set(true);
        folders.open(dir.resolve("shapes"));
        assertSame(before, main.data().dataProperty().get());
        assertTrue(main.noticeProperty().get().error());
        assertTrue(main.noticeProperty().get().text().contains("square/broken.png"),
                main.noticeProperty().get().text());
        assertFalse(folders.readingProperty().get());
    }

    @Test
    void cancellingKeepsTheDataAsItWas() {
        DataSnapshot before = main.data().dataProperty().get();
        folders.filesReadProperty().addListener((obs, was, now) -> {
            if (now.intValue() == 2) {
                folders.cancel();
            }
        });
        folders.open(dir.resolve("shapes"));
        assertSame(before, main.data().dataProperty().get());
        assertEquals("Stopped reading shapes; the data is as it was.", main.noticeProperty().get().text());
        assertFalse(folders.readingProperty().get());
        assertEquals("", main.data().loadingProperty().get());
        assertNotNull(main.data().datasetChoiceProperty().get(), "the toy set is still chosen");
    }

    @Test
    void aSizeThatWillNotDoIsSaidAndNothingIsRead() {
        DataSnapshot before = main.data().dataProperty().get();
        folders.sizeProperty().set("28 by 28");
        assertNotNull(folders.sizeProblem());
        assertFalse(folders.open(dir.resolve("shapes")));
        assertTrue(main.noticeProperty().get().error());
        assertSame(before, main.data().dataProperty().get());
        assertFalse(folders.readingProperty().get());
    }
}
