package org.vaeexplorer.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaeexplorer.text.Texts;

/** Where datasets come from: the built-in toys and image sets by name, and the user's CSV and IDX files. */
public final class DatasetCatalog {

    /** The image datasets shipped inside the application (see {@code assets/datasets/LICENSE-NOTICE.md}). */
    public enum ImageSet {
        MNIST_10K("mnist-10k", "mnist-10k/images-idx3-ubyte.gz", "mnist-10k/labels-idx1-ubyte.gz",
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
        FASHION_MNIST("fashion-mnist", "fashion-mnist/t10k-images-idx3-ubyte.gz",
                "fashion-mnist/t10k-labels-idx1-ubyte.gz", List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
                        "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

        private final String id;
        private final String images;
        private final String labels;
        private final List<String> classNames;

        ImageSet(String id, String images, String labels, List<String> classNames) {
            this.id = id;
            this.images = images;
            this.labels = labels;
            this.classNames = classNames;
        }

        public String id() {
            return id;
        }

        /** Its name in the language in use. */
        public String label() {
            return Texts.get("dataset." + id);
        }

        public Dataset load() throws DataFormatException {
            try (InputStream img = resource(images); InputStream lab = resource(labels)) {
                return IdxReader.readResource(id, img, lab, classNames);
            } catch (IOException e) {
                throw new DataFormatException(id, null, "the bundled copy cannot be read: " + e.getMessage());
            }
        }

        private static InputStream resource(String path) throws IOException {
            InputStream in = DatasetCatalog.class.getResourceAsStream("/assets/datasets/" + path);
            if (in == null) {
                throw new IOException("missing from the application: /assets/datasets/" + path);
            }
            return in;
        }
    }

    private DatasetCatalog() {
    }

    /** Every name {@link #builtIn} accepts. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        for (ToyDataset t : ToyDataset.values()) {
            names.add(t.id());
        }
        for (ImageSet s : ImageSet.values()) {
            names.add(s.id);
        }
        return names;
    }

    /** Whether a name (rather than a path) means a built-in dataset. */
    public static boolean isBuiltIn(String name) {
        return builtInNames().contains(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A built-in dataset by name. Toy sets are generated with {@code points}, {@code noise} (NaN: the set's
     * default) and {@code seed}; image sets ignore those three.
     */
    public static Dataset builtIn(String name, int points, double noise, long seed) throws DataFormatException {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        ToyDataset toy = ToyDataset.fromId(wanted);
        if (toy != null) {
            return toy.generate(points, Double.isNaN(noise) ? toy.defaultNoise() : noise, seed);
        }
        for (ImageSet s : ImageSet.values()) {
            if (s.id.equals(wanted)) {
                return s.load();
            }
        }
        throw new IllegalArgumentException(Texts.get("data.unknownDataset", name, String.join(", ", builtInNames())));
    }

    /**
     * A user's file: IDX (raw or gzip, recognised by its first bytes) or delimited text.
     *
     * @param labels      for IDX data, a labels file, or {@code null} to look for the usual companion
     *                    ({@code …images-idx3…} beside {@code …labels-idx1…}); ignored for CSV
     * @param labelColumn for CSV, the label column's name or 1-based number, or {@code null}
     */
    public static Dataset load(Path file, Path labels, String labelColumn) throws DataFormatException {
        InputFiles.requireRegularFile(file);
        if (labels != null) {
            InputFiles.requireRegularFile(labels);
        }
        if (isIdx(file)) {
            return IdxReader.read(file, labels != null ? labels : companionLabels(file));
        }
        return CsvReader.read(file, labelColumn);
    }

    /** The labels file that usually sits beside an IDX images file, if it exists. */
    static Path companionLabels(Path images) {
        String name = images.getFileName().toString();
        String guess = name.replace("images", "labels").replace("idx3", "idx1");
        if (guess.equals(name)) {
            return null;
        }
        Path candidate = images.resolveSibling(guess);
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    /** Whether a file is IDX (raw or gzip), from its first two bytes; anything else is read as delimited text. */
    public static boolean isIdx(Path file) throws DataFormatException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 2);
            if (n < 2) {
                return false;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataFormatException(file.getFileName().toString(), null,
                    "no such file (" + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new DataFormatException(file.getFileName().toString(), null, InputFiles.cannotBeRead(e));
        }
        boolean gzip = (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        return gzip || (head[0] == 0 && head[1] == 0);
    }
}
