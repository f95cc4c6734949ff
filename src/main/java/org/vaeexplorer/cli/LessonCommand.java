package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.lessons.BundledLessons;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonSummary;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.text.Texts;

/** {@code lesson list}: the bundled lessons; {@code lesson check FILE}: one lesson, loaded and recomputed. */
final class LessonCommand implements Command {
    /**
     * How far the recomputed held-out −ELBO may lie from the stored one, relative to the larger of 1 and the stored
     * value. Both come from the same weights, data and ε in the same order; only a different summation order in
     * the matrix products (another thread count or processor) can move the last float digits.
     */
    static final double TOLERANCE = 1e-5;

    @Override
    public String name() {
        return "lesson";
    }

    @Override
    public String usage() {
        return "lesson list [--folder DIR]\n" + Texts.get("cli.lesson.list.usage") + "\n"
                + "  lesson check FILE" + LessonFile.EXTENSION + " [--data FILE [--labels FILE] [--label-column C]] "
                + "[--threads N]\n" + Texts.get("cli.lesson.check.usage", String.valueOf(TOLERANCE));
    }

    @Override
    public Set<String> options() {
        return Set.of("folder", "data", "labels", "label-column", "ignore-columns", "image", "missing", "threads");
    }

    @Override
    public int maxWords() {
        return 2;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException {
        String action = args.word(0);
        if ("list".equals(action) && args.word(1) == null && !args.has("data")) {
            return list(args, out, err);
        }
        if ("check".equals(action) && args.word(1) != null && !args.has("folder")) {
            return check(Path.of(args.word(1)), args, out, err);
        }
        throw new UsageException(Texts.get("cli.usage.lesson", LessonFile.EXTENSION));
    }

    private static int list(Args args, PrintStream out, PrintStream err) throws UsageException {
        List<Path> files;
        if (args.has("folder")) {
            Path folder = args.path("folder");
            if (!Files.isDirectory(folder)) {
                throw new UsageException(Texts.get("cli.usage.noFolder", folder.toString()));
            }
            files = BundledLessons.filesIn(folder);
        } else {
            files = BundledLessons.files();
        }
        if (files.isEmpty()) {
            err.println(Texts.get("cli.lesson.none", args.has("folder") ? args.path("folder").toString()
                    : Texts.get("cli.lesson.bundledPlaces")));
        }
        int unreadable = 0;
        for (Path file : files) {
            try {
                LessonSummary lesson = LessonFile.summary(file);
                out.println(file.getFileName() + "\t" + lesson.name() + "\t" + lesson.dataset());
            } catch (DataFormatException e) {
                err.println(Texts.get("cli.error", e.getMessage()));
                unreadable++;
            }
        }
        return unreadable == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    private static int check(Path file, Args args, PrintStream out, PrintStream err) throws UsageException,
            DataFormatException {
        Lesson lesson = LessonFile.load(file);
        Dataset data;
        if (args.has("data")) {
            if (!(lesson.data() instanceof LessonData.External)) {
                throw new UsageException(Texts.get("cli.usage.lessonHasData", lesson.data().describe()));
            }
            data = Inputs.data(args, ((LessonData.External) lesson.data()).choice(), err);
        } else if (lesson.data() instanceof LessonData.External external) {
            throw new UsageException(Texts.get("cli.usage.lessonNeedsData", String.valueOf(file.getFileName()),
                    external.path()));
        } else {
            data = lesson.data().load();
        }
        TrainingCheckpoint training = lesson.training();
        EpochReport last = lesson.lastEpoch();
        double stored = last == null || last.heldOut() == null ? Double.NaN : last.heldOut().negativeElbo();
        double recomputed = Double.NaN;
        if (training != null) {
            Trainer trainer;
            try {
                trainer = Trainer.resume(training, data);
            } catch (InvalidConfigException e) {
                throw new DataFormatException(file.getFileName().toString(), null,
                        Texts.get("cli.lesson.unsuited", e.problems().get(0)));
            }
            ElboTerms figures = trainer.heldOutFigures();
            recomputed = figures == null ? Double.NaN : figures.negativeElbo();
        }
        boolean agree = Double.isNaN(stored) && Double.isNaN(recomputed)
                || Math.abs(recomputed - stored) <= TOLERANCE * Math.max(1, Math.abs(stored));
        out.println(new Json().put("file", file.getFileName().toString()).put("name", lesson.name())
                .put("languages", lesson.notes().languages()).put("dataset", lesson.data().describe())
                .put("rows", data.rows()).put("epochs", training == null ? 0 : training.epochsDone())
                .put("optimizer", training != null && training.optimizer() != null)
                .put("stored_neg_elbo", stored).put("neg_elbo", recomputed).put("tolerance", TOLERANCE)
                .put("agree", agree));
        if (!agree) {
            err.println(Texts.get("cli.error", Texts.get("cli.lesson.mismatch", String.valueOf(file.getFileName()),
                    String.valueOf(recomputed), String.valueOf(stored))));
            return Cli.BAD_INPUT;
        }
        return Cli.OK;
    }
}
