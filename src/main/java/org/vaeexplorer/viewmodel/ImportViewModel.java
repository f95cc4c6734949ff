package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.CsvFormat;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.CsvPreview;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.CsvResult;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.InputFiles;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.data.ReadProgress;
import org.vaeexplorer.text.Texts;

/**
 * The CSV import dialog: the file's first rows, its format (found, changeable), each column's role (proposed,
 * changeable), a picture shape and what to do with missing values. OK reads the file off the UI thread with
 * progress and Cancel; a problem is shown here, naming row and column, and the session is not touched until the
 * data is read. The choices that worked are remembered for the file.
 */
public final class ImportViewModel {
    /** Rows shown in the preview table. */
    public static final int SHOWN_ROWS = 12;
    /**
     * Columns shown in the preview table at most: a picture CSV has 785, and a table of that many columns, each with
     * its role box, takes the UI thread a minute to build.
     */
    public static final int SHOWN_COLUMNS = 60;
    /** What reading reports: the file, how it was read, and the choices. */
    public interface Imported {
        void accept(Path file, CsvResult result, CsvImport choice);
    }

    /** Reads CSV files for the dialog: not the model thread, which may be training. */
    static final Executor READER = task -> {
        Thread thread = new Thread(task, "csv-import");
        thread.setDaemon(true);
        thread.start();
    };
    private final Path file;
    private final Executor background;
    private final Executor uiThread;
    private final ImportMemory memory;
    private final Imported imported;
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(',');
    private final BooleanProperty header = new SimpleBooleanProperty();
    private final BooleanProperty decimalComma = new SimpleBooleanProperty();
    private final StringProperty image = new SimpleStringProperty("");
    private final ObjectProperty<CsvImport.Missing> missing = new SimpleObjectProperty<>(CsvImport.Missing.DROP);
    private final ObservableList<ImportColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper();
    private volatile boolean cancelRequested;
    private CsvPreview preview;
    /** True while a new preview sets the controls, which must not ask for another preview. */
    private boolean showing;

    ImportViewModel(Path file, Executor background, Executor uiThread, ImportMemory memory, Imported imported) {
        this.file = file;
        this.background = background;
        this.uiThread = uiThread;
        this.memory = memory;
        this.imported = imported;
        delimiter.addListener((obs, was, now) -> formatChanged());
        header.addListener((obs, was, now) -> formatChanged());
        decimalComma.addListener((obs, was, now) -> formatChanged());
    }

    /** Reads the file's first lines (off the UI thread) and proposes, or recalls, how to import it. */
    public void start() {
        background.execute(() -> {
            try {
                CsvPreview read = CsvPreview.read(file);
                CsvImport recalled = memory.recall(file);
                CsvPreview shown = read;
                if (recalled != null) {
                    shown = read.withFormat(recalled.format());
                    if (recalled.roles().size() != shown.names().size()) {
                        shown = read;
                        recalled = null;
                    }
                }
                CsvPreview finalShown = shown;
                CsvImport choice = recalled != null ? recalled : read.proposal();
                uiThread.execute(() -> show(finalShown, choice));
            } catch (DataFormatException e) {
                uiThread.execute(() -> problem.set(e.getMessage()));
            }
        });
    }

    /** Whether a file is to be imported as CSV (not IDX); a file that cannot be opened is told as a notice. */
    static boolean isCsv(Path file, java.util.function.Consumer<Notice> notices) {
        try {
            InputFiles.requireRegularFile(file);
            return !DatasetCatalog.isIdx(file);
        } catch (DataFormatException e) {
            notices.accept(new Notice(Texts.get("notice.couldNotOpen", e.getMessage()), true));
            return false;
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    public List<Character> delimiters() {
        List<Character> all = new ArrayList<>();
        for (char c : CsvFormat.DELIMITERS) {
            all.add(c);
        }
        return all;
    }

    /** "a comma", "a semicolon", "a tab". */
    public static String delimiterName(Character delimiter) {
        return delimiter == null ? "" : CsvFormat.describe(delimiter);
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    /** Numbers written 0,12; only with a semicolon or a tab between fields. */
    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }

    /** The picture shape as typed, such as {@code 8x8}; empty when rows are not pictures. */
    public StringProperty imageProperty() {
        return image;
    }

    public ObjectProperty<CsvImport.Missing> missingProperty() {
        return missing;
    }

    /** One per column of the file, in order; replaced when the format changes. */
    public ObservableList<ImportColumn> columns() {
        return columns;
    }

    /**
     * Which columns the table shows, by index: all of them, in order, up to {@link #SHOWN_COLUMNS}; of a wider file,
     * first every column that is not a feature (the label, ignored ones: at the end of many files, out of sight), then
     * the first features up to that number. The columns not shown keep their roles.
     */
    public List<Integer> shownColumns() {
        List<Integer> shown = new ArrayList<>();
        boolean cut = columns.size() > SHOWN_COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            if (!cut || columns.get(c).roleProperty().get() != ColumnRole.FEATURE) {
                shown.add(c);
            }
        }
        for (int c = 0; c < columns.size() && shown.size() < SHOWN_COLUMNS && cut; c++) {
            if (columns.get(c).roleProperty().get() == ColumnRole.FEATURE) {
                shown.add(c);
            }
        }
        return shown;
    }

    /** What the table leaves out ("60 of 785 columns shown; the other 725 are features"), or empty. */
    public String hiddenColumnsNote() {
        int shown = shownColumns().size();
        return shown == columns.size() ? "" : Texts.get("import.columns.hidden", String.valueOf(shown),
                String.valueOf(columns.size()), String.valueOf(columns.size() - shown));
    }

    /** The first data rows as split; a row may have more or fewer fields than there are columns. */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** What is wrong (naming file, row and column), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How much of the file is read, 0 to 1, while reading. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True once the data is read or the dialog is cancelled: the dialog closes. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** OK needs a preview and no reading under way. */
    public BooleanBinding okDisabled() {
        return previewed.not().or(reading);
    }

    /** Whether the decimal mark can be a comma: not with commas between fields. */
    public BooleanBinding decimalCommaPossible() {
        return Bindings.createBooleanBinding(() -> delimiter.get() != null && delimiter.get() != ',', delimiter);
    }

    /** The choices as the controls show them now. */
    public CsvImport choice() {
        List<ColumnRole> roles = new ArrayList<>();
        columns.forEach(c -> roles.add(c.roleProperty().get()));
        String shape = image.get() == null ? "" : image.get().trim();
        ImageShape picture = shape.isEmpty() ? null : CsvImport.parseShape(shape);
        return new CsvImport(format(), roles, missing.get(), picture);
    }

    /** Reads the whole file with the choices; on success hands the data over, remembers them, and closes. */
    public void ok() {
        CsvImport choice;
        try {
            choice = choice();
        } catch (IllegalArgumentException e) {
            problem.set(Texts.get("import.problem.image", image.get()));
            return;
        }
        problem.set("");
        reading.set(true);
        progress.set(0);
        cancelRequested = false;
        background.execute(() -> read(choice));
    }

    /** Stops a reading under way (the dialog stays), or closes the dialog. */
    public void cancel() {
        if (reading.get()) {
            cancelRequested = true;
        } else {
            closed.set(true);
        }
    }

    private void read(CsvImport choice) {
        try {
            CsvResult result = CsvReader.read(file, choice, new ReadProgress() {
                @Override
                public void bytesRead(long done, long total) {
                    double share = total > 0 ? (double) done / total : 1;
                    uiThread.execute(() -> progress.set(share));
                }

                @Override
                public boolean cancelled() {
                    return cancelRequested;
                }
            });
            uiThread.execute(() -> {
                reading.set(false);
                memory.remember(file, choice);
                imported.accept(file, result, choice);
                closed.set(true);
            });
        } catch (DataFormatException e) {
            uiThread.execute(() -> stopped(e.getMessage()));
        } catch (CancellationException e) {
            uiThread.execute(() -> stopped(Texts.get("import.cancelled")));
        } catch (OutOfMemoryError e) {
            uiThread.execute(() -> stopped(Texts.get("notice.tooLarge", fileName())));
        }
    }

    private void stopped(String why) {
        reading.set(false);
        progress.set(0);
        problem.set(why);
    }

    private CsvFormat format() {
        boolean comma = decimalComma.get() && delimiter.get() != ',';
        return new CsvFormat(delimiter.get(), header.get(), comma);
    }

    private void formatChanged() {
        if (showing || preview == null) {
            return;
        }
        try {
            CsvPreview again = preview.withFormat(format());
            show(again, again.proposal().withMissing(missing.get()));
        } catch (DataFormatException e) {
            problem.set(e.getMessage());
        }
    }

    private void show(CsvPreview shown, CsvImport choice) {
        showing = true;
        try {
            preview = shown;
            delimiter.set(choice.format().delimiter());
            header.set(choice.format().header());
            decimalComma.set(choice.format().decimalComma());
            missing.set(choice.missing());
            image.set(choice.image() == null ? "" : choice.image().width() + "x" + choice.image().height());
            List<ImportColumn> made = new ArrayList<>();
            for (int c = 0; c < shown.names().size(); c++) {
                ImportColumn column = new ImportColumn(shown.stats().get(c), choice.roles().get(c));
                column.roleProperty().addListener((obs, was, now) -> roleChanged(column, now));
                made.add(column);
            }
            columns.setAll(made);
            rows.setAll(shown.rows(SHOWN_ROWS));
            problem.set("");
            previewed.set(true);
        } finally {
            showing = false;
        }
    }

    /**
     * One label at a time: choosing a new one makes the former label column a feature when it holds numbers, and
     * ignored when it holds text (as {@code --label-column} does), which could only be refused as a feature.
     */
    private void roleChanged(ImportColumn changed, ColumnRole now) {
        if (now != ColumnRole.LABEL) {
            return;
        }
        for (ImportColumn other : columns) {
            if (other != changed && other.roleProperty().get() == ColumnRole.LABEL) {
                other.roleProperty().set(other.numeric() ? ColumnRole.FEATURE : ColumnRole.IGNORED);
            }
        }
    }
}
