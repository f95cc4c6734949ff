package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.CsvPreview;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.CsvResult;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.ImageFolderReader;
import org.vaeexplorer.model.data.ReadProgress;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.text.Texts;

/**
 * The data pane: which dataset, how a toy set is drawn, loading it or a data file, and the current data. Loading runs
 * on the model thread; a dataset that fails to load leaves the current one as it was.
 */
public final class DataViewModel {
    /** What a lesson records as the size of an image set, which its file fixes (the CLI's default points). */
    private static final int IMAGE_SET_POINTS = 2000;
    /** The choice that starts an empty drawing. */
    private static final DatasetChoice DRAW = new DatasetChoice(DrawViewModel.NAME,
            Texts.get("data.drawYourOwn"), false);

    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final Consumer<Notice> notices;
    private final List<DatasetChoice> datasetChoices = new ArrayList<>();
    private final ObjectProperty<DatasetChoice> datasetChoice = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("2000");
    private final StringProperty noise = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper toyChosen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DataSnapshot> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(true);
    private final FolderImportViewModel folders;
    private final DrawViewModel draw = new DrawViewModel(this::applyDrawn,
            () -> data.get() == null ? null : data.get().data(), () -> chooseQuietly(DRAW));
    /** Counts the loads asked for: {@link #loadEnded}. */
    private long loadRequests;
    private long dataSeed = 0;
    private Consumer<ImportViewModel> importDialog;
    private ImportMemory importMemory = ImportMemory.inMemory();
    /** True while a lesson sets the chooser: that must not load the data again. */
    private boolean showingLesson;

    DataViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session, Consumer<Notice> notices) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.notices = notices;
        this.folders = new FolderImportViewModel(uiThread, this::readFolder, notices);
        for (ToyDataset toy : ToyDataset.values()) {
            datasetChoices.add(new DatasetChoice(toy.id(), toy.label(), true));
        }
        for (DatasetCatalog.ImageSet set : DatasetCatalog.ImageSet.values()) {
            datasetChoices.add(new DatasetChoice(set.id(), set.label(), false));
        }
        datasetChoices.add(DRAW);
        toyChosen.bind(Bindings.createBooleanBinding(() -> datasetChoice.get() != null && datasetChoice.get().toy(),
                datasetChoice));
        datasetChoice.addListener((obs, was, now) -> {
            if (showingLesson) {
                return;
            }
            if (now != null && now.toy()) {
                noise.set(Double.toString(ToyDataset.fromId(now.id()).defaultNoise()));
            }
            loadChosenDataset();
        });
    }

    public List<DatasetChoice> datasetChoices() {
        return datasetChoices;
    }

    /** The chosen built-in dataset; {@code null} while the data comes from a file. */
    public ObjectProperty<DatasetChoice> datasetChoiceProperty() {
        return datasetChoice;
    }

    /** How many points a toy set has, as typed. */
    public StringProperty pointsProperty() {
        return points;
    }

    /** A toy set's spread, as typed. */
    public StringProperty noiseProperty() {
        return noise;
    }

    public ReadOnlyBooleanProperty toyChosenProperty() {
        return toyChosen.getReadOnlyProperty();
    }

    /** The current data, or {@code null} before any has loaded. */
    public ReadOnlyObjectProperty<DataSnapshot> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The name of the data being loaded, empty when none is. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Loads the chosen built-in dataset (toys with the typed size and noise). */
    public void loadChosenDataset() {
        DatasetChoice choice = datasetChoice.get();
        if (choice == null) {
            return;
        }
        if (choice == DRAW) {
            // Load while drawing must not wipe the drawing.
            if (!draw.activeProperty().get()) {
                draw.startEmpty();
            }
            return;
        }
        int count;
        double spread;
        try {
            count = choice.toy() ? Integer.parseInt(points.get().trim()) : 0;
            spread = choice.toy() ? Double.parseDouble(noise.get().trim()) : Double.NaN;
        } catch (NumberFormatException e) {
            notices.accept(new Notice(Texts.get("notice.pointsNoise"), true));
            return;
        }
        LessonData.BuiltIn source;
        try {
            source = new LessonData.BuiltIn(choice.id(), choice.toy() ? count : IMAGE_SET_POINTS, spread, dataSeed);
        } catch (IllegalArgumentException e) {
            notices.accept(new Notice(choice.label() + ": " + e.getMessage(), true));
            return;
        }
        load(choice.label(), () -> new Loaded(source.load(), source));
    }

    /** Draws the chosen toy dataset again with a new seed. */
    public void regenerate() {
        dataSeed++;
        loadChosenDataset();
    }

    /**
     * Opens a CSV or IDX data file; a bad file leaves the current data as it was. A CSV goes through the import
     * dialog when the window shows one; otherwise (pictures made without a window) the choices remembered for it,
     * or the automatic proposal, apply.
     */
    public void openDataFile(Path file) {
        if (importDialog != null && ImportViewModel.isCsv(file, notices)) {
            ImportViewModel dialog = new ImportViewModel(file, ImportViewModel.READER, uiThread, importMemory, this::openImported);
            importDialog.accept(dialog);
            dialog.start();
            return;
        }
        load(file.getFileName().toString(), () -> {
            if (DatasetCatalog.isIdx(file)) {
                Dataset read = DatasetCatalog.load(file, null, null);
                return new Loaded(read, LessonData.ofFile(read, file));
            }
            CsvImport remembered = importMemory.recall(file);
            CsvImport choice = remembered != null ? remembered : CsvPreview.read(file).proposal();
            Dataset read = CsvReader.read(file, choice, ReadProgress.NONE).dataset();
            return new Loaded(read, LessonData.ofFile(read, file, choice));
        });
    }

    /**
     * The window shows CSV files in an import dialog: {@code dialog} shows each one's view model, and the choices
     * made are kept in {@code memory}.
     */
    public void showImportsWith(Consumer<ImportViewModel> dialog, ImportMemory memory) {
        this.importDialog = dialog;
        this.importMemory = memory;
    }

    /** A lesson that names a CSV offers its import choices the next time that file is opened. */
    void rememberImport(Path file, CsvImport choice) {
        importMemory.remember(file, choice);
    }

    private void openImported(Path file, CsvResult result, CsvImport choice) {
        Dataset read = result.dataset();
        String dropped = result.droppedRows() == 0 ? null
                : Texts.get("import.dropped", file.getFileName().toString(), result.droppedRows());
        load(file.getFileName().toString(), () -> new Loaded(read, LessonData.ofFile(read, file, choice), dropped));
    }

    /** Data and where it came from, with what the user should know about its reading (or {@code null}). */
    private record Loaded(Dataset data, LessonData source, String note) {
        Loaded(Dataset data, LessonData source) {
            this(data, source, null);
        }
    }

    /** File ▸ Open folder: its options, progress and cancel. */
    public FolderImportViewModel folders() {
        return folders;
    }

    /**
     * Reads a folder of images on the model thread, as a file is read; cancelled or failed, the current data stays.
     * {@code reading} hears of each picture and, last, that the reading is over.
     */
    private void readFolder(Path folder, ImageFolderReader.Options options, FolderImportViewModel.Reading reading) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        load(name, () -> {
            ImageFolderReader.Result read = ImageFolderReader.read(folder, options, reading::filesRead,
                    reading::cancelled);
            return new Loaded(read.dataset(), LessonData.ofFile(read.dataset(), folder),
                    FolderImportViewModel.skippedNote(read.skipped()));
        });
        // Jobs run in order: this follows the reading and the notices it posted.
        worker.run(() -> uiThread.execute(reading::finished));
    }

    private interface DataSource {
        Loaded load() throws DataFormatException;
    }

    /** Drawing 2-D data by hand. */
    public DrawViewModel draw() {
        return draw;
    }

    /** The drawing as the current data (or no data while it has too few points); the model goes with the old. */
    private void applyDrawn(Dataset drawn) {
        if (drawn == null) {
            data.set(null);
            worker.run(session::dropModel);
            return;
        }
        // A request like a load's, without "Loading…": Train waits for it, and it is shown when it lands, in order.
        long request = ++loadRequests;
        settled.set(false);
        worker.run(() -> {
            // A drawn set is small: it always fits inside a lesson. Checking that writes its CSV, so not on the UI.
            DataSnapshot snapshot = session.setData(drawn, new LessonData.Embedded(drawn));
            uiThread.execute(() -> {
                data.set(snapshot);
                loadEnded(request);
            });
        });
    }

    private void chooseQuietly(DatasetChoice choice) {
        showingLesson = true;
        try {
            datasetChoice.set(choice);
        } finally {
            showingLesson = false;
        }
    }

    private void load(String name, DataSource source) {
        draw.stop();
        long request = startLoading(name);
        worker.run(() -> {
            Notice failure;
            try {
                Loaded loaded = source.load();
                DataSnapshot snapshot = session.setData(loaded.data(), loaded.source());
                uiThread.execute(() -> {
                    show(snapshot);
                    loadEnded(request);
                    if (loaded.note() != null) {
                        notices.accept(new Notice(loaded.note(), false));
                    }
                });
                return;
            } catch (DataFormatException e) {
                failure = new Notice(Texts.get("notice.couldNotOpen", e.getMessage()), true);
            } catch (CancellationException e) {
                failure = new Notice(Texts.get("folder.cancelled", name), false);
            } catch (IllegalArgumentException e) {
                failure = new Notice(name + ": " + e.getMessage(), true);
            } catch (RuntimeException e) {
                // Unforeseen, but the load must still end: Train waits for it.
                failure = new Notice(Texts.get("notice.couldNotOpenFile", name, String.valueOf(e)), true);
            } catch (OutOfMemoryError e) {
                failure = new Notice(Texts.get("notice.tooLarge", name), true);
            }
            Notice told = failure;
            uiThread.execute(() -> {
                notices.accept(told);
                loadEnded(request);
            });
        });
    }

    /** Says that {@code name} is being loaded (here or by a lesson); the request ends with {@link #loadEnded}. */
    long startLoading(String name) {
        loading.set(name);
        settled.set(false);
        return ++loadRequests;
    }

    // Only the last request ends loading: earlier data is shown as it lands, but Train waits for the last.
    void loadEnded(long request) {
        if (request == loadRequests) {
            loading.set("");
            settled.set(true);
        }
    }

    /** False while data asked for (a load, a lesson, a drawing, a model's data) has not landed. */
    ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** On the UI thread: how the model thread makes the data a saved model names (see {@link DataForModel}). */
    DataForModel dataForModel() {
        return new DataForModel(session, datasetChoice.get(), points.get(), noise.get(), dataSeed, IMAGE_SET_POINTS);
    }

    /**
     * Shows data a lesson brought: the dataset chooser, points, noise and data seed follow its source without
     * loading it again.
     */
    void showFromLesson(DataSnapshot snapshot, LessonData source) {
        draw.stop();
        showingLesson = true;
        try {
            if (source instanceof LessonData.BuiltIn b) {
                DatasetChoice choice = datasetChoices.stream().filter(c -> c.id().equals(b.name())).findFirst()
                        .orElse(null);
                datasetChoice.set(choice);
                if (choice != null && choice.toy()) {
                    points.set(Integer.toString(b.points()));
                    noise.set(Double.isNaN(b.noise()) ? Double.toString(ToyDataset.fromId(b.name()).defaultNoise())
                            : Double.toString(b.noise()));
                }
                dataSeed = b.seed();
            } else {
                datasetChoice.set(null);
            }
        } finally {
            showingLesson = false;
        }
        show(snapshot);
    }

    /** Shows data the model thread has made current (loaded here, or brought by an opened model). */
    void show(DataSnapshot snapshot) {
        draw.stop();
        if (!DatasetCatalog.isBuiltIn(snapshot.data().name())) {
            datasetChoice.set(null);
        }
        data.set(snapshot);
        Dataset d = snapshot.data();
        notices.accept(new Notice(d.hasLabels() ? Texts.get("notice.loaded.classes", d.name(), d.rows(), d.cols(),
                d.classNames().size()) : Texts.get("notice.loaded", d.name(), d.rows(), d.cols()), false));
    }
}
