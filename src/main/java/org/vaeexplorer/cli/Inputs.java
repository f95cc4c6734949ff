package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.InputFiles;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.text.Texts;

/** Reading datasets and models named on the command line, the same way for every command. */
final class Inputs {
    static final Set<String> DATA_OPTIONS = Set.of("data", "labels", "label-column", "points", "noise", "data-seed",
            "image-size", "colour", "unreadable", "ignore-columns", "image", "missing");
    private static final int DEFAULT_POINTS = 2000;
    private static final long DEFAULT_DATA_SEED = 0;

    private Inputs() {
    }

    /**
     * {@code --data} as a built-in name, a file path or a folder of images, with the options that go with it; a
     * folder's progress and skipped pictures are told on {@code err}.
     */
    static Dataset data(Args args, PrintStream err) throws UsageException, DataFormatException {
        return data(args, null, err);
    }

    /**
     * As {@link #data(Args, PrintStream)}; a CSV is read with {@code kept} (a lesson's import choices) when no
     * option chooses otherwise.
     */
    static Dataset data(Args args, CsvImport kept, PrintStream err) throws UsageException, DataFormatException {
        String data = args.required("data");
        if (FolderInput.isFolder(data)) {
            return FolderInput.read(Path.of(data), args, err);
        }
        FolderInput.refuseFolderOptions(args);
        if (DatasetCatalog.isBuiltIn(data)) {
            int points = args.integer("points", DEFAULT_POINTS);
            double noise = args.number("noise", Double.NaN);
            try {
                return DatasetCatalog.builtIn(data, points, noise, args.longInteger("data-seed", DEFAULT_DATA_SEED));
            } catch (IllegalArgumentException e) {
                throw new UsageException(Texts.get("cli.usage.valueProblem", "data", data, e.getMessage()));
            }
        }
        Path file = Path.of(data);
        if (!file.toFile().exists() && !data.contains("/") && !data.contains(".")) {
            throw new UsageException(Texts.get("cli.data.neither", data,
                    String.join(", ", DatasetCatalog.builtInNames())));
        }
        Path labels = args.has("labels") ? Path.of(args.required("labels")) : null;
        InputFiles.requireRegularFile(file);
        if (DatasetCatalog.isIdx(file)) {
            for (String csvOnly : CsvChoices.OPTIONS) {
                if (args.has(csvOnly)) {
                    throw new UsageException(Texts.get("cli.usage.csvOnly", csvOnly, data));
                }
            }
            return DatasetCatalog.load(file, labels, null);
        }
        return CsvChoices.read(file, args, kept, err).dataset();
    }

    /** Where a lesson gets the data that {@link #data} read: the built-in set's settings, or the user's file. */
    static LessonData lessonData(Args args, Dataset dataset) throws UsageException {
        String data = args.required("data");
        if (DatasetCatalog.isBuiltIn(data)) {
            return new LessonData.BuiltIn(data, args.integer("points", DEFAULT_POINTS),
                    args.number("noise", Double.NaN), args.longInteger("data-seed", DEFAULT_DATA_SEED));
        }
        Path file = Path.of(data);
        try {
            return LessonData.ofFile(dataset, file, DatasetCatalog.isIdx(file) ? null : CsvChoices.choice(file, args));
        } catch (DataFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Vae model(Args args) throws UsageException, DataFormatException {
        VaeSnapshot snapshot = ModelFile.load(args.path("model"));
        return Vae.fromSnapshot(snapshot, DataType.FLOAT);
    }

    /** The data must be as wide as the model's input, and within [0, 1] for a Bernoulli model. */
    static void checkCompatible(Vae model, Dataset data, Args args) throws UsageException {
        if (model.inputDim() != data.cols()) {
            ImageShape pictures = model.imageShape();
            // A folder is read at the size asked for (28x28 unless told): the likely slip is not asking the model's.
            String hint = pictures != null && FolderInput.isFolder(args.required("data"))
                    ? Texts.get("cli.folder.modelSize", pictures.width() + "×" + pictures.height(), "--image-size "
                            + pictures.width() + "x" + pictures.height() + (pictures.colour() ? " --colour" : "")) : "";
            throw new UsageException(Texts.get("cli.usage.inputWidth", Integer.toString(model.inputDim()),
                    data.name(), Integer.toString(data.cols()), hint));
        }
        String unsuitable = model.config().likelihood().problemWith(data);
        if (unsuitable != null) {
            throw new UsageException(Texts.get("cli.usage.likelihood", unsuitable));
        }
    }

    /** The {@code --out} file, checked to be writable before any long work, or {@code null} for standard output. */
    static java.nio.file.Path outputFile(Args args) throws UsageException {
        return outputFile(args, "out");
    }

    /** The file of an option such as {@code --out}, checked to be writable, or {@code null} when not given. */
    static java.nio.file.Path outputFile(Args args, String option) throws UsageException {
        if (!args.has(option)) {
            return null;
        }
        java.nio.file.Path target = args.path(option);
        checkWritable(target, option);
        for (String input : INPUT_OPTIONS) {
            if (args.has(input) && sameFile(target, args.string(input, ""))) {
                throw new UsageException(Texts.get("cli.usage.outIsInput", option, target.toString(), input));
            }
        }
        return target;
    }

    /** Options that name files a command reads. */
    private static final java.util.List<String> INPUT_OPTIONS = java.util.List.of("data", "model", "in", "labels", "notes-en",
            "notes-zh");

    private static boolean sameFile(java.nio.file.Path target, String input) {
        try {
            java.nio.file.Path in = java.nio.file.Path.of(input);
            return java.nio.file.Files.exists(target) && java.nio.file.Files.exists(in)
                    && java.nio.file.Files.isSameFile(target, in);
        } catch (java.nio.file.InvalidPathException | java.io.IOException e) {
            return false;
        }
    }

    private static void checkWritable(java.nio.file.Path target, String option) throws UsageException {
        java.nio.file.Path absolute = target.toAbsolutePath();
        java.nio.file.Path folder = absolute.getParent();
        if (absolute.getFileName() == null || java.nio.file.Files.isDirectory(absolute)) {
            throw new UsageException(Texts.get("cli.usage.outIsFolder", option, target.toString()));
        }
        if (java.nio.file.Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !java.nio.file.Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(Texts.get("cli.usage.outNotRegular", option, target.toString()));
        }
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new UsageException(Texts.get("cli.usage.outNoFolder", option, target.toString(),
                    String.valueOf(folder)));
        }
        if (!java.nio.file.Files.isWritable(folder)) {
            throw new UsageException(Texts.get("cli.usage.outReadOnly", option, target.toString(),
                    folder.toString()));
        }
    }
}
