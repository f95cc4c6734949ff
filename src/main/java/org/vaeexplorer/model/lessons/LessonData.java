package org.vaeexplorer.model.lessons;

import java.nio.file.Path;
import java.util.Locale;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.text.Texts;

/**
 * Where a lesson's data comes from: a built-in dataset made again from its settings, the user's own data kept inside
 * the lesson, or, for data too large for that, the path it was read from, kept as a hint only.
 */
public sealed interface LessonData permits LessonData.BuiltIn, LessonData.Embedded, LessonData.External {

    /**
     * The dataset, made again or read from the lesson.
     *
     * @throws DataFormatException when it cannot be (for {@link External}: always, the user must open the data)
     */
    Dataset load() throws DataFormatException;

    /** One line for lists: which data, and how it is made. */
    String describe();

    /**
     * The user's data from a file: kept inside the lesson when its CSV is at most 2 MB, otherwise the file's path
     * as a hint.
     */
    static LessonData ofFile(Dataset data, Path file) {
        return ofFile(data, file, null);
    }

    /**
     * As {@link #ofFile(Dataset, Path)}, for a CSV read with the user's import choices: a lesson that only names
     * the file keeps them, so that the same columns are read when the file is given again.
     */
    static LessonData ofFile(Dataset data, Path file, CsvImport choice) {
        try {
            return new Embedded(data);
        } catch (IllegalArgumentException tooLarge) {
            return new External(file.toAbsolutePath().toString(), choice);
        }
    }

    /**
     * A built-in dataset (see {@link DatasetCatalog#builtIn}).
     *
     * @param noise the toy set's spread, or NaN for its default; image sets ignore it, the points and the seed
     */
    record BuiltIn(String name, int points, double noise, long seed) implements LessonData {
        public BuiltIn {
            name = name.strip().toLowerCase(Locale.ROOT);
            if (!DatasetCatalog.isBuiltIn(name)) {
                throw new IllegalArgumentException(Texts.get("data.unknownDataset", name,
                        String.join(", ", DatasetCatalog.builtInNames())));
            }
            if (points < 2 || points > 10_000_000) {
                throw new IllegalArgumentException(Texts.get("data.invalid.points", String.valueOf(points)));
            }
            if (!Double.isNaN(noise) && !(noise >= 0 && noise <= 100)) {
                throw new IllegalArgumentException(Texts.get("data.invalid.noise", String.valueOf(noise)));
            }
        }

        @Override
        public Dataset load() throws DataFormatException {
            return DatasetCatalog.builtIn(name, points, noise, seed);
        }

        @Override
        public String describe() {
            ToyDataset toy = ToyDataset.fromId(name);
            if (toy == null) {
                return name;
            }
            double spread = Double.isNaN(noise) ? toy.defaultNoise() : noise;
            // Numbers as text: the message format would group them by the language's rules ("10,000").
            return Texts.get("harden.data.builtIn", name, String.valueOf(points), String.valueOf(spread),
                    String.valueOf(seed));
        }
    }

    /** The user's data, inside the lesson: at most 2 MB as CSV. */
    record Embedded(Dataset dataset) implements LessonData {
        public Embedded {
            if (EmbeddedCsv.encode(dataset) == null) {
                // Reaches the user: the window's Save lesson shows it.
                throw new IllegalArgumentException(Texts.get("harden.data.tooLargeToEmbed", dataset.name()));
            }
        }

        @Override
        public Dataset load() {
            return dataset;
        }

        @Override
        public String describe() {
            return describe(dataset.name(), dataset.rows(), dataset.cols());
        }

        /** {@link #describe()} from the manifest alone, for lists that do not decode the data. */
        static String describe(String name, int rows, int cols) {
            return Texts.get("harden.data.embedded", name, String.valueOf(rows), String.valueOf(cols));
        }
    }

    /**
     * Data the lesson does not hold: where it was read from, which is never opened on the lesson's behalf, and for
     * a CSV how it was imported ({@code null} for other files and for lessons written before imports were kept).
     */
    record External(String path, CsvImport choice) implements LessonData {
        public External {
            if (path.isBlank() || path.length() > 4096 || Lesson.hasControlCharacters(path)) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.dataPath"));
            }
        }

        public External(String path) {
            this(path, null);
        }

        @Override
        public Dataset load() throws DataFormatException {
            throw new DataFormatException(path, null, Texts.get("polish.lesson.dataOutside"));
        }

        @Override
        public String describe() {
            return Texts.get("harden.data.external", path);
        }
    }
}
