package org.vaeexplorer.model.lessons;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.files.AtomicFiles;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.OptimizerState;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.text.Texts;

/**
 * The {@code .vaelesson} file, format version 1: a ZIP container of
 * <ul>
 * <li>{@code manifest.txt}: the format and its version, the name, the data's source, every setting
 * ({@code setting.KEY}, as in {@link SettingsSchema}), the epochs trained, the view ({@code view.KEY}) and the
 * locked and hidden controls, in the text form of {@link Manifest};</li>
 * <li>{@code model.vae}: the trained model in the {@link ModelFile} format, with {@code optimizer.bin}, Adam's state,
 * when the lesson is to continue training exactly;</li>
 * <li>{@code history.csv}: every epoch's report; {@code data.csv}: the user's data when the lesson holds it;</li>
 * <li>{@code preview.csv}, optional: the {@link LessonPreview} lists draw, as a header {@code x,y} or
 * {@code x,y,label} and one line per point (at most {@value LessonPreview#MAX_POINTS}; floats as Java writes them,
 * classes 0 to {@value LessonPreview#MAX_CLASSES} − 1);</li>
 * <li>{@code notes-teacher.LANG.txt}, {@code notes-class.LANG.txt}: the notes, UTF-8 text.</li>
 * </ul>
 * Loading treats the file as hostile (see {@link LessonContainer}) and checks every value; any problem is a
 * {@link DataFormatException} naming the file, the entry and what is wrong. Saving is atomic.
 */
public final class LessonFile {
    public static final String EXTENSION = ".vaelesson";
    static final String FORMAT = "vae-explorer-lesson";
    static final int VERSION = 1;
    /** Every entry gets this time, so that the same lesson always gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private LessonFile() {
    }

    /**
     * Writes the lesson atomically, with its picture for lists.
     *
     * @param preview the picture (see {@link LessonPreview#of}), or {@code null} for a lesson listed without one
     */
    public static void save(Lesson lesson, LessonPreview preview, Path file) throws IOException {
        Manifest.Writer manifest = manifest(lesson);
        byte[] data = DataManifest.write(lesson.data(), manifest);
        TrainingCheckpoint training = lesson.training();
        if (training != null) {
            manifest.put("training.epochs", Integer.toString(training.epochsDone()));
        }
        lesson.view().forEach((key, value) -> manifest.put("view." + key, value));
        if (!lesson.locked().isEmpty()) {
            manifest.put("locked", String.join(",", lesson.locked()));
        }
        if (!lesson.hidden().isEmpty()) {
            manifest.put("hidden", String.join(",", lesson.hidden()));
        }
        AtomicFiles.write(file, raw -> {
            ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8);
            put(zip, LessonEntries.MANIFEST, out -> out.write(manifest.bytes()));
            LessonNotes notes = lesson.notes();
            for (String language : notes.languages()) {
                putText(zip, LessonEntries.teacherNote(language), notes.teacher(language));
                putText(zip, LessonEntries.classNote(language), notes.classNote(language));
            }
            if (data != null) {
                put(zip, LessonEntries.DATA, out -> out.write(data));
            }
            if (training != null) {
                put(zip, LessonEntries.MODEL, out -> {
                    // The model file is written eight bytes at a time: the deflater wants them in larger pieces.
                    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                    ModelFile.write(training.model(), buffered);
                    buffered.flush();
                });
                if (training.optimizer() != null) {
                    put(zip, LessonEntries.OPTIMIZER, out -> out.write(OptimizerEntry.encode(training.optimizer())));
                }
            }
            if (!lesson.history().isEmpty()) {
                put(zip, LessonEntries.HISTORY, out -> out.write(HistoryCsv.encode(lesson.history())));
            }
            if (preview != null) {
                put(zip, LessonEntries.PREVIEW, out -> out.write(PreviewCsv.encode(preview)));
            }
            zip.finish();
        });
    }

    /**
     * Reads a whole lesson, checking everything.
     *
     * @throws DataFormatException naming the file, the entry and what is wrong
     */
    public static Lesson load(Path path) throws DataFormatException {
        try (LessonContainer zip = LessonContainer.open(path)) {
            String file = zip.file();
            Manifest m = manifest(zip);
            String name = m.required("name");
            LessonData data = DataManifest.read(m, zip);
            if (zip.has(LessonEntries.DATA) && !(data instanceof LessonData.Embedded)) {
                throw m.problem(Texts.get("lesson.problem.strayData"));
            }
            VaeConfig settings = settings(m);
            TrainingCheckpoint training = training(m, zip);
            List<EpochReport> history = zip.has(LessonEntries.HISTORY)
                    ? HistoryCsv.decode(file, zip.read(LessonEntries.HISTORY)) : List.of();
            Map<String, String> view = m.withPrefix("view.");
            Set<String> locked = ids(m.optional("locked"));
            Set<String> hidden = ids(m.optional("hidden"));
            LessonNotes notes = notes(zip);
            // Not part of the lesson, but checked, so that a file opens exactly when its list entry shows.
            preview(zip);
            m.checkNoUnknownKeys();
            try {
                return new Lesson(name, notes, data, settings, training, history, view, locked, hidden);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(file, null, Texts.get("polish.lesson.inconsistent", e.getMessage()));
            }
        }
    }

    /**
     * The name, data, languages, descriptions and preview of a lesson, read from its manifest, notes and preview
     * alone (neither its model nor its data is decoded): for lists. A lesson this accepts can still be refused by
     * {@link #load}.
     */
    public static LessonSummary summary(Path path) throws DataFormatException {
        try (LessonContainer zip = LessonContainer.open(path)) {
            Manifest m = manifest(zip);
            String name = m.required("name");
            String dataset = DataManifest.describe(m, zip);
            int epochs = m.has("training.epochs") ? m.integer("training.epochs", 0, Integer.MAX_VALUE) : 0;
            List<String> languages = LessonNotes.LANGUAGES.stream().filter(l -> zip.has(LessonEntries.teacherNote(l))
                    || zip.has(LessonEntries.classNote(l))).toList();
            Map<String, String> descriptions = new LinkedHashMap<>();
            for (String language : LessonNotes.LANGUAGES) {
                String entry = LessonEntries.classNote(language);
                if (zip.has(entry)) {
                    descriptions.put(language, firstParagraph(Manifest.utf8(zip.file(), entry, zip.read(entry))));
                }
            }
            return new LessonSummary(path, name, dataset, languages, epochs, descriptions, preview(zip));
        }
    }

    private static LessonPreview preview(LessonContainer zip) throws DataFormatException {
        return zip.has(LessonEntries.PREVIEW) ? PreviewCsv.decode(zip.file(), zip.read(LessonEntries.PREVIEW)) : null;
    }

    /** The first paragraph of a note, on one line. */
    static String firstParagraph(String note) {
        String text = note.strip();
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return first.replaceAll("\\s+", " ").strip();
    }

    private static Manifest.Writer manifest(Lesson lesson) {
        Manifest.Writer out = new Manifest.Writer()
                .comment("VAE Explorer lesson. The other entries: model.vae (the model), optimizer.bin (Adam's state),")
                .comment("history.csv (the epochs' figures), data.csv (the data, when held), preview.csv (the picture")
                .comment("lists draw), notes-*.txt (the notes).")
                .put("format", FORMAT).put("version", Integer.toString(VERSION)).put("name", lesson.name());
        SettingsSchema.toStoredText(lesson.settings()).forEach((key, value) -> out.put("setting." + key, value));
        return out;
    }

    private static Manifest manifest(LessonContainer zip) throws DataFormatException {
        Manifest m = Manifest.parse(zip.file(), zip.read(LessonEntries.MANIFEST));
        if (!FORMAT.equals(m.optional("format"))) {
            throw m.problem(Texts.get("lesson.problem.notManifest", FORMAT));
        }
        int version = m.integer("version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw m.problem(Texts.get("lesson.problem.newer", String.valueOf(version), String.valueOf(VERSION)));
        }
        return m;
    }

    /**
     * A setting the lesson lacks (one added after it was written) takes its stored default: older lessons still
     * open, and hold out the rows they held out.
     */
    private static VaeConfig settings(Manifest m) throws DataFormatException {
        VaeConfig config = SettingsSchema.storedDefaults();
        for (Setting<?> setting : SettingsSchema.settings()) {
            String text = m.optional("setting." + setting.key());
            if (text == null) {
                continue;
            }
            try {
                config = SettingsSchema.withText(config, setting.key(), text);
            } catch (InvalidConfigException e) {
                throw m.problem(Texts.get("lesson.problem.invalidSetting", e.problems().get(0)));
            }
        }
        if (!config.problems().isEmpty()) {
            throw m.problem(Texts.get("lesson.problem.invalidSetting", config.problems().get(0)));
        }
        return config;
    }

    private static TrainingCheckpoint training(Manifest m, LessonContainer zip) throws DataFormatException {
        if (!m.has("training.epochs")) {
            if (zip.has(LessonEntries.MODEL) || zip.has(LessonEntries.OPTIMIZER)) {
                throw m.problem(Texts.get("lesson.problem.noEpochs"));
            }
            return null;
        }
        int epochs = m.integer("training.epochs", 0, Integer.MAX_VALUE);
        VaeSnapshot model = ModelFile.parse(zip.file() + ", " + LessonEntries.MODEL, zip.read(LessonEntries.MODEL));
        OptimizerState optimizer = null;
        if (zip.has(LessonEntries.OPTIMIZER)) {
            optimizer = OptimizerEntry.decode(zip.file(), zip.read(LessonEntries.OPTIMIZER),
                    Vae.parameterCount(model.config(), model.inputDim()));
        }
        return new TrainingCheckpoint(model, epochs, optimizer);
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new TreeSet<>();
        if (list != null && !list.isBlank()) {
            ids.addAll(List.of(list.split(",", -1)));
        }
        return ids;
    }

    private static LessonNotes notes(LessonContainer zip) throws DataFormatException {
        Map<String, String> teacher = new LinkedHashMap<>();
        Map<String, String> forClass = new LinkedHashMap<>();
        for (String language : LessonNotes.LANGUAGES) {
            readNote(zip, LessonEntries.teacherNote(language), language, teacher);
            readNote(zip, LessonEntries.classNote(language), language, forClass);
        }
        try {
            return new LessonNotes(teacher, forClass);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(zip.file(), null, e.getMessage());
        }
    }

    private static void readNote(LessonContainer zip, String entry, String language, Map<String, String> into)
            throws DataFormatException {
        if (zip.has(entry)) {
            into.put(language, Manifest.utf8(zip.file(), entry, zip.read(entry)));
        }
    }

    private static void putText(ZipOutputStream zip, String entry, String text) throws IOException {
        if (!text.isEmpty()) {
            put(zip, entry, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void put(ZipOutputStream zip, String name, AtomicFiles.Writer content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        content.writeTo(zip);
        zip.closeEntry();
    }
}
