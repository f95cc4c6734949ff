package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonNotes;
import org.vaeexplorer.model.lessons.LessonPreview;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.text.Texts;

/**
 * {@code train --lesson}: the lesson's file, name, notes and data source, all read and checked before training so
 * that a mistake shows at once, and the lesson written after it.
 */
final class LessonOutput {
    static final Set<String> OPTIONS = Set.of("lesson", "lesson-name", "notes-en", "notes-zh", "lesson-optimizer",
            "lesson-view", "lesson-lock", "lesson-hide");
    static final String USAGE = "[--lesson OUT.vaelesson [--lesson-name NAME] [--notes-en FILE] [--notes-zh FILE] "
            + "[--lesson-optimizer yes|no] [--lesson-view KEY=VALUE;...] [--lesson-lock ID,...] "
            + "[--lesson-hide ID,...]]";
    /** A notes file in UTF-8 needs at most three bytes per character. */
    private static final long MAX_NOTES_BYTES = 3L * LessonNotes.MAX_CHARS * 2;
    private final Path target;
    private final String name;
    private final LessonNotes notes;
    private final LessonData data;
    private final boolean withOptimizer;
    private final Map<String, String> view;
    private final Set<String> locked;
    private final Set<String> hidden;

    private LessonOutput(Path target, String name, LessonNotes notes, LessonData data, boolean withOptimizer,
            Map<String, String> view, Set<String> locked, Set<String> hidden) {
        this.target = target;
        this.name = name;
        this.notes = notes;
        this.data = data;
        this.withOptimizer = withOptimizer;
        this.view = view;
        this.locked = locked;
        this.hidden = hidden;
    }

    /** The lesson to write, or {@code null} without {@code --lesson} (the other lesson options are then refused). */
    static LessonOutput from(Args args, Dataset dataset) throws UsageException {
        if (!args.has("lesson")) {
            for (String option : OPTIONS) {
                if (args.has(option)) {
                    throw new UsageException(Texts.get("cli.usage.lessonOnly", option, LessonFile.EXTENSION));
                }
            }
            return null;
        }
        Path target = Inputs.outputFile(args, "lesson");
        String fileName = target.getFileName().toString();
        if (!fileName.endsWith(LessonFile.EXTENSION)) {
            throw new UsageException(Texts.get("cli.usage.lessonExtension", target.toString(),
                    LessonFile.EXTENSION));
        }
        String name = args.string("lesson-name", fileName.substring(0, fileName.length()
                - LessonFile.EXTENSION.length())).strip();
        if (name.isEmpty() || name.length() > Lesson.MAX_NAME_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException(Texts.get("cli.usage.lessonName", Integer.toString(Lesson.MAX_NAME_CHARS)));
        }
        String optimizer = args.string("lesson-optimizer", "yes");
        if (!optimizer.equals("yes") && !optimizer.equals("no")) {
            throw new UsageException(Texts.get("cli.usage.lessonOptimizer", optimizer));
        }
        Map<String, String> teacher = new HashMap<>();
        Map<String, String> forClass = new HashMap<>();
        readNotes(args, "notes-en", "en", teacher, forClass);
        readNotes(args, "notes-zh", "zh-CN", teacher, forClass);
        LessonNotes notes;
        try {
            notes = new LessonNotes(teacher, forClass);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Texts.get("cli.usage.optionProblem", "notes", e.getMessage()));
        }
        return new LessonOutput(target, name, notes, Inputs.lessonData(args, dataset), optimizer.equals("yes"),
                view(args), ids(args, "lesson-lock"), ids(args, "lesson-hide"));
    }

    Path target() {
        return target;
    }

    /**
     * Writes the lesson: the trainer's last complete epoch, the settings trained with, every epoch's report and a
     * preview of {@code dataset} drawn by that epoch's model.
     */
    void save(Trainer trainer, VaeConfig settings, List<EpochReport> history, Dataset dataset, PrintStream err)
            throws IOException {
        TrainingCheckpoint checkpoint = trainer.checkpoint();
        if (!withOptimizer) {
            checkpoint = new TrainingCheckpoint(checkpoint.model(), checkpoint.epochsDone(), null);
        }
        LessonPreview preview = null;
        try {
            preview = LessonPreview.of(Vae.fromSnapshot(checkpoint.model(), DataType.FLOAT), dataset);
        } catch (IllegalArgumentException e) {
            err.println(Texts.get("cli.lesson.noPreview", e.getMessage()));
        }
        LessonFile.save(new Lesson(name, notes, data, settings, checkpoint, history, view, locked, hidden), preview,
                target);
    }

    /** {@code --lesson-view KEY=VALUE;KEY=VALUE}: keys are control ids, values one line each. */
    private static Map<String, String> view(Args args) throws UsageException {
        Map<String, String> view = new java.util.LinkedHashMap<>();
        String text = args.string("lesson-view", "");
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair.strip() : pair.substring(0, equals).strip();
            String value = equals < 0 ? "" : pair.substring(equals + 1).strip();
            if (equals < 0 || !Lesson.isControlId(key) || value.length() > Lesson.MAX_VIEW_VALUE_CHARS
                    || value.chars().anyMatch(Character::isISOControl)) {
                throw new UsageException(Texts.get("cli.usage.lessonView", pair.strip()));
            }
            view.put(key, value);
        }
        if (view.size() > Lesson.MAX_ENTRIES) {
            throw new UsageException(Texts.get("cli.usage.lessonViewEntries", Integer.toString(Lesson.MAX_ENTRIES)));
        }
        return view;
    }

    /** {@code --lesson-lock} or {@code --lesson-hide}: control ids separated by commas. */
    private static Set<String> ids(Args args, String option) throws UsageException {
        Set<String> ids = new java.util.TreeSet<>();
        for (String id : args.string(option, "").split(",")) {
            if (id.isBlank()) {
                continue;
            }
            if (!Lesson.isControlId(id.strip())) {
                throw new UsageException(Texts.get("cli.usage.controlId", option, id.strip()));
            }
            ids.add(id.strip());
        }
        if (ids.size() > Lesson.MAX_ENTRIES) {
            throw new UsageException(Texts.get("cli.usage.controls", option, Integer.toString(Lesson.MAX_ENTRIES)));
        }
        return ids;
    }

    /** Splits a notes file at its "[teacher]" and "[class]" lines; text before either is for the class. */
    private static void readNotes(Args args, String option, String language, Map<String, String> teacher,
            Map<String, String> forClass) throws UsageException {
        if (!args.has(option)) {
            return;
        }
        Path file = args.path(option);
        StringBuilder classText = new StringBuilder();
        StringBuilder teacherText = new StringBuilder();
        StringBuilder current = classText;
        for (String line : text(file, option).split("\n", -1)) {
            String marker = line.strip();
            if (marker.equalsIgnoreCase("[teacher]")) {
                current = teacherText;
            } else if (marker.equalsIgnoreCase("[class]")) {
                current = classText;
            } else {
                current.append(line).append('\n');
            }
        }
        forClass.put(language, classText.toString().strip());
        teacher.put(language, teacherText.toString().strip());
    }

    private static String text(Path file, String option) throws UsageException {
        try {
            if (Files.size(file) > MAX_NOTES_BYTES) {
                throw new UsageException(Texts.get("cli.usage.notesTooLong", option, file.toString()));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.replace("\uFEFF", "").replace("\r\n", "\n");
        } catch (NoSuchFileException e) {
            throw new UsageException(Texts.get("cli.usage.notesMissing", option, file.toString()));
        } catch (CharacterCodingException e) {
            throw new UsageException(Texts.get("cli.usage.notesNotUtf8", option, file.toString()));
        } catch (IOException e) {
            throw new UsageException(Texts.get("cli.usage.notesUnreadable", option, file.toString(),
                    e.getMessage()));
        }
    }
}
