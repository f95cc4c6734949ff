package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.CsvPreview;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.training.EpochReport;

/**
 * Issue 17, "Lessons and saved models remember which rows were held out", in the window's view models: the UCI wine
 * table (sorted by class) imported with a choice of the user's, trained with the default random split, saved as a
 * lesson and as a model, and opened in new windows. Both "threads" run work at once on the caller.
 */
class ImportedDataRoundTripTest {
    private static final Executor NOW = Runnable::run;
    private static final String SPLIT = "held out: 17 of 178 rows, random, stratified by label (seed 3)";
    @TempDir
    Path dir;

    private static Path wine() {
        try {
            return Path.of(ImportedDataRoundTripTest.class.getResource("/org/vaeexplorer/model/data/uci/wine.csv")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A window that remembers, for wine, the user's choice of leaving out its first column. */
    private static MainViewModel window(ImportMemory memory) {
        MainViewModel vm = new MainViewModel(NOW, NOW);
        vm.data().showImportsWith(null, memory);
        return vm;
    }

    private static ImportMemory memoryLeavingOutAlcohol() throws Exception {
        CsvImport proposal = CsvPreview.read(wine()).proposal();
        List<ColumnRole> roles = new ArrayList<>(proposal.roles());
        roles.set(0, ColumnRole.IGNORED);
        ImportMemory memory = ImportMemory.inMemory();
        memory.remember(wine(), new CsvImport(proposal.format(), roles, proposal.missing(), null));
        return memory;
    }

    private static void assertNoError(MainViewModel vm) {
        Notice notice = vm.noticeProperty().get();
        assertFalse(notice != null && notice.error(), () -> notice.text());
    }

    private static Dataset data(MainViewModel vm) {
        return vm.data().dataProperty().get().data();
    }

    private static EpochReport last(MainViewModel vm) {
        List<EpochReport> reports = vm.training().reports();
        return reports.get(reports.size() - 1);
    }

    @Test
    void theHeldOutRowsAndTheImportChoicesComeBackWithALessonAndAModel() throws Exception {
        ImportMemory memory = memoryLeavingOutAlcohol();
        MainViewModel teacher = window(memory);
        teacher.openFile(wine());
        assertNoError(teacher);
        assertEquals("malic_acid", data(teacher).featureNames().get(0), "the remembered choice was used");
        teacher.settings().field("hidden").textProperty().set("8");
        teacher.settings().field("epochs").textProperty().set("2");
        teacher.settings().field("seed").textProperty().set("3");
        assertEquals(SPLIT, teacher.settings().holdoutSummaryProperty().get());
        teacher.training().train();
        Path lesson = dir.resolve("wine" + LessonFile.EXTENSION);
        teacher.lesson().save(lesson);
        assertNoError(teacher);
        Path model = dir.resolve("wine.vae");
        teacher.training().saveModel(model);
        assertNoError(teacher);

        MainViewModel student = window(ImportMemory.inMemory());
        student.openFile(lesson);
        assertNoError(student);
        assertEquals(12, data(student).cols(), "the lesson holds the data as imported");
        assertEquals(HoldoutFrom.RANDOM, student.settings().holdoutFromProperty().get());
        assertEquals(SPLIT, student.settings().holdoutSummaryProperty().get());
        // The same held-out rows, or the held-out figures of the next epoch would differ.
        teacher.training().step();
        student.training().step();
        assertEquals(last(teacher).heldOut(), last(student).heldOut());
        assertEquals(last(teacher).train(), last(student).train());

        MainViewModel later = window(memory);
        later.openFile(wine());
        later.openFile(model);
        assertNoError(later);
        assertEquals(12, data(later).cols());
        assertEquals(HoldoutFrom.RANDOM, later.training().modelConfigProperty().get().holdoutFrom());
        assertEquals(SPLIT, later.settings().holdoutSummaryProperty().get());
    }
}
