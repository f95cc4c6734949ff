package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data pane's view model without a screen; UI and model work run at once on the caller. */
class DataViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel main;
    private DataViewModel data;

    @BeforeEach
    void create() {
        main = new MainViewModel(NOW, NOW);
        data = main.data();
        main.settings().field("hidden").textProperty().set("16,16");
        data.pointsProperty().set("400");
        data.datasetChoiceProperty().set(data.datasetChoices().stream().filter(c -> c.id().equals("moons"))
                .findFirst().orElseThrow());
    }

    @Test
    void choosingADatasetLoadsIt() {
        assertNotNull(data.dataProperty().get());
        assertEquals(400, data.dataProperty().get().data().rows());
        assertEquals(TrainingState.READY, main.training().stateProperty().get());
        assertTrue(data.toyChosenProperty().get());
        assertEquals("0.1", data.noiseProperty().get(), "the toy's own noise is filled in");
        assertEquals("", data.loadingProperty().get());
        assertFalse(main.noticeProperty().get().error());
        assertTrue(main.noticeProperty().get().text().startsWith("Loaded moons: 400 rows, 2 features"));
    }

    @Test
    void regenerateDrawsTheSameSetAgainWithANewSeed() {
        float first = data.dataProperty().get().data().value(0, 0);
        data.regenerate();
        assertEquals(400, data.dataProperty().get().data().rows());
        assertNotEquals(first, data.dataProperty().get().data().value(0, 0));
    }

    @Test
    void untypeablePointsNameTheProblemAndKeepTheData() {
        DataSnapshot before = data.dataProperty().get();
        data.pointsProperty().set("many");
        data.loadChosenDataset();
        assertTrue(main.noticeProperty().get().error());
        assertTrue(main.noticeProperty().get().text().contains("whole number"));
        assertSame(before, data.dataProperty().get());
    }

    @Test
    void aBadFileNamesTheProblemAndKeepsDataModelAndChart() throws Exception {
        main.training().step();
        DataSnapshot before = data.dataProperty().get();
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "a,b\n1,2\n3,oops\n");
        main.openFile(bad);
        assertTrue(main.noticeProperty().get().error());
        assertTrue(main.noticeProperty().get().text().contains("broken.csv, line 3"),
                main.noticeProperty().get().text());
        assertSame(before, data.dataProperty().get());
        assertEquals("moons", data.datasetChoiceProperty().get().id());
        assertEquals(1, main.training().reports().size());
        assertNotNull(main.exploration().latentProperty().get());
        assertEquals("Paused.", main.training().statusProperty().get(), "the loading line is gone");
    }

    @Test
    void aFilesDataLeavesTheChooserEmpty() throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5,6\n7,8,9\n");
        main.openFile(file);
        assertEquals(3, data.dataProperty().get().data().rows());
        assertNull(data.datasetChoiceProperty().get());
        assertFalse(data.toyChosenProperty().get());
        assertTrue(data.dataProperty().get().principalComponents(), "three features are drawn as two PCs");
    }
}
