package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.CsvResult;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;

/** The import dialog without a screen: what it proposes, that its choices reach the dataset, errors and cancel. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private final List<CsvResult> imported = new ArrayList<>();
    private final List<CsvImport> choices = new ArrayList<>();
    private final ImportMemory memory = ImportMemory.inMemory();

    private static Path uci(String name) {
        try {
            return Path.of(ImportViewModelTest.class.getResource("/org/vaeexplorer/model/data/uci/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportViewModel dialog(Path file, java.util.concurrent.Executor background) {
        ImportViewModel vm = new ImportViewModel(file, background, Runnable::run, memory, (f, result, choice) -> {
            imported.add(result);
            choices.add(choice);
        });
        vm.start();
        return vm;
    }

    @Test
    void theProposalShowsAndTheUsersChoicesReachTheDatasetAndAreRememberedForTheFile() {
        ImportViewModel vm = dialog(uci("wine.csv"), Runnable::run);
        assertEquals(14, vm.columns().size());
        assertEquals(ImportViewModel.SHOWN_ROWS, vm.rows().size());
        assertEquals(',', vm.delimiterProperty().get());
        assertTrue(vm.headerProperty().get());
        assertEquals(ColumnRole.LABEL, vm.columns().get(13).roleProperty().get());
        assertEquals("text, 3 different values", vm.columns().get(13).summary());
        assertEquals("whole numbers 278 to 1680", vm.columns().get(12).summary());
        assertEquals("numbers 0.98 to 3.88", vm.columns().get(5).summary(), "four digits, no trailing zeros");
        assertEquals("numbers 0.13 to 0.66", vm.columns().get(7).summary());
        vm.columns().get(0).roleProperty().set(ColumnRole.IGNORED);
        // A second label takes over: the former label column, text, is ignored (as a feature it would be refused);
        // a former label of numbers becomes a feature.
        vm.columns().get(1).roleProperty().set(ColumnRole.LABEL);
        assertEquals(ColumnRole.IGNORED, vm.columns().get(13).roleProperty().get());
        vm.columns().get(13).roleProperty().set(ColumnRole.LABEL);
        assertEquals(ColumnRole.FEATURE, vm.columns().get(1).roleProperty().get());
        vm.ok();
        assertTrue(vm.closedProperty().get());
        Dataset wine = imported.get(0).dataset();
        assertEquals(12, wine.cols());
        assertEquals("malic_acid", wine.featureNames().get(0));
        assertEquals(3, wine.classNames().size());

        ImportViewModel again = dialog(uci("wine.csv"), Runnable::run);
        assertEquals(ColumnRole.IGNORED, again.columns().get(0).roleProperty().get(), "remembered for the file");
    }

    @Test
    void digitsArePicturesAndTheFormatCanBeChanged() throws Exception {
        ImportViewModel vm = dialog(uci("digits-8x8.csv"), Runnable::run);
        assertEquals("8x8", vm.imageProperty().get());
        vm.ok();
        assertEquals(new ImageShape(8, 8), imported.get(0).dataset().imageShape());
        assertEquals(16f, imported.get(0).pixelDivisor());

        Path comma = dir.resolve("komma.csv");
        Files.writeString(comma, "a;b;klasse\n0,5;1,25;x\n1,5;NA;y\n2,5;3;x\n");
        ImportViewModel decimal = dialog(comma, Runnable::run);
        assertEquals(';', decimal.delimiterProperty().get());
        assertTrue(decimal.decimalCommaProperty().get());
        decimal.headerProperty().set(false);
        assertEquals("column 1", decimal.columns().get(0).name());
        decimal.headerProperty().set(true);
        decimal.missingProperty().set(CsvImport.Missing.DROP);
        decimal.ok();
        Dataset d = imported.get(1).dataset();
        assertEquals(2, d.rows());
        assertEquals(1, imported.get(1).droppedRows());
        assertEquals(1.25f, d.value(0, 1), 1e-7);
        assertEquals(List.of("x"), d.classNames());
    }

    /** A pixel CSV as exported from MNIST (label, then 784 pixels): the table shows the label and 59 pixels. */
    @Test
    void aWideFileShowsItsLabelAndTheFirstFeaturesAndReadsThemAll() throws Exception {
        StringBuilder csv = new StringBuilder("label");
        for (int p = 0; p < 784; p++) {
            csv.append(",pixel").append(p);
        }
        for (int r = 0; r < 30; r++) {
            csv.append('\n').append(r % 3);
            for (int p = 0; p < 784; p++) {
                csv.append(',').append((r * 7 + p) % 256);
            }
        }
        Path wide = dir.resolve("mnist_train.csv");
        Files.writeString(wide, csv.append('\n'));
        ImportViewModel vm = dialog(wide, Runnable::run);
        assertEquals(785, vm.columns().size());
        assertEquals(ColumnRole.LABEL, vm.columns().get(0).roleProperty().get());
        List<Integer> shown = vm.shownColumns();
        assertEquals(ImportViewModel.SHOWN_COLUMNS, shown.size());
        assertEquals(0, shown.get(0), "the label is shown");
        assertEquals(59, shown.get(shown.size() - 1));
        assertEquals("60 of 785 columns shown: the other 725 are features, as proposed (on the command line,"
                + " --ignore-columns can leave any of them out)", vm.hiddenColumnsNote());
        assertEquals("28x28", vm.imageProperty().get());
        vm.ok();
        assertEquals(784, imported.get(0).dataset().cols());
        assertEquals(3, imported.get(0).dataset().classNames().size());

        ImportViewModel digits = dialog(uci("digits-8x8.csv"), Runnable::run);
        assertEquals(ImportViewModel.SHOWN_COLUMNS, digits.shownColumns().size());
        assertEquals(64, digits.shownColumns().get(0), "the label, the file's last column, comes first");
        assertEquals(0, digits.shownColumns().get(1));
        ImportViewModel wine = dialog(uci("wine.csv"), Runnable::run);
        assertEquals(14, wine.shownColumns().size());
        assertEquals(13, wine.shownColumns().get(13), "all shown: in the file's order");
        assertEquals("", wine.hiddenColumnsNote());
    }

    @Test
    void aMalformedFileOrABadShapeIsToldInTheDialogWhichStaysOpen() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b\n1,2\n3,x\n4,5\n");
        ImportViewModel vm = dialog(bad, Runnable::run);
        vm.ok();
        assertTrue(vm.problemProperty().get().contains("bad.csv, line 3, column 2 ('b')"),
                vm.problemProperty().get());
        assertFalse(vm.closedProperty().get());
        assertTrue(imported.isEmpty());
        vm.columns().get(1).roleProperty().set(ColumnRole.IGNORED);
        vm.imageProperty().set("two by two");
        vm.ok();
        assertTrue(vm.problemProperty().get().contains("'two by two' is not a picture shape"));
        vm.imageProperty().set("");
        vm.ok();
        assertEquals(1, imported.get(0).dataset().cols());
        assertTrue(vm.closedProperty().get());

        Path binary = dir.resolve("b.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        ImportViewModel unreadable = dialog(binary, Runnable::run);
        assertTrue(unreadable.problemProperty().get().contains("UTF-8"));
        assertTrue(unreadable.okDisabled().get());
    }

    @Test
    void cancelStopsTheReadingAndTheDialogStays() {
        ArrayDeque<Runnable> queued = new ArrayDeque<>();
        ImportViewModel vm = dialog(uci("digits-8x8.csv"), queued::add);
        queued.poll().run();
        assertNull(vm.problemProperty().get().isEmpty() ? null : vm.problemProperty().get());
        vm.ok();
        assertTrue(vm.readingProperty().get());
        assertTrue(vm.okDisabled().get());
        vm.cancel();
        queued.poll().run();
        assertFalse(vm.readingProperty().get());
        assertEquals("Reading was cancelled; nothing has changed.", vm.problemProperty().get());
        assertFalse(vm.closedProperty().get());
        assertTrue(imported.isEmpty());
        vm.cancel();
        assertTrue(vm.closedProperty().get(), "a second Cancel closes");
    }
}
