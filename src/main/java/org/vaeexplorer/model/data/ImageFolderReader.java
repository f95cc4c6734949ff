package org.vaeexplorer.model.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.vaeexplorer.text.Texts;

/**
 * Reads a folder of PNG and JPEG pictures as a dataset of images, each resized to one size by area averaging
 * ({@link AreaResampler}). With sub-folders, each sub-folder holding pictures is a class named after it (the usual
 * layout of image collections) and pictures loose beside them are skipped; without, the pictures are unlabelled.
 * <p>
 * The folder is untrusted: hidden entries and other files are passed over, links leading outside the folder are not
 * followed, at most {@link #MAX_FILES} pictures are taken, and each file's size and then its declared width and
 * height are checked before anything is decoded.
 */
public final class ImageFolderReader {
    /** More pictures than this are refused: a folder chosen by mistake (a home folder) should not be read for hours. */
    public static final int MAX_FILES = 100_000;
    /** A picture file larger than this is not read (a 4096 × 4096 PNG is at most about 50 MB). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Decoded pixels allowed per picture (4096 × 4096; 64 MB while decoded): the header is checked first. */
    static final long MAX_PIXELS = 4096L * 4096;
    /** The largest side a user may ask for: bigger images make networks the app cannot train quickly. */
    public static final int MAX_SIDE = 256;

    /**
     * How to read a folder.
     *
     * @param refuseUnreadable true: one unreadable picture refuses the folder; false: it is skipped and counted
     */
    public record Options(int width, int height, boolean colour, boolean refuseUnreadable) {
        /** 28 × 28 grey, skipping unreadable pictures: what MNIST is. */
        public static final Options DEFAULT = new Options(28, 28, false, false);

        public Options {
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException(Texts.get("folder.problem.size", String.valueOf(MAX_SIDE),
                        width + "x" + height));
            }
        }

        /**
         * Options from a size as people type it: {@code 28x28}, {@code 28×28} or {@code 28} (square).
         *
         * @throws IllegalArgumentException saying what a size must be
         */
        public static Options of(String size, boolean colour, boolean refuseUnreadable) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,4})\\s*(?:[x×X*]\\s*(\\d{1,4})\\s*)?")
                    .matcher(size);
            if (!m.matches()) {
                throw new IllegalArgumentException(Texts.get("folder.problem.size", String.valueOf(MAX_SIDE),
                        size.strip()));
            }
            int width = Integer.parseInt(m.group(1));
            return new Options(width, m.group(2) == null ? width : Integer.parseInt(m.group(2)), colour,
                    refuseUnreadable);
        }

        public ImageShape shape() {
            return new ImageShape(width, height, colour ? 3 : 1);
        }
    }

    /** Told after each picture: how many have been read (or skipped) of how many. */
    public interface Progress {
        void filesRead(int done, int total);
    }

    /** A picture passed over, with why (in words). */
    public record Skipped(String file, String reason) {
    }

    /** The data and the pictures that could not be read. */
    public record Result(Dataset dataset, List<Skipped> skipped) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    /** A picture to read: its path inside the folder (as messages name it) and its class folder, or null. */
    private record Entry(Path file, String shown, String className) {
    }

    private ImageFolderReader() {
    }

    /**
     * @param cancelled asked before each picture; when true, reading stops with a {@link CancellationException}
     * @throws DataFormatException naming the folder (or the picture, when unreadable pictures are refused)
     */
    public static Result read(Path folder, Options options, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException {
        String folderName = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        Path root = realFolder(folder, folderName);
        List<Skipped> skipped = new ArrayList<>();
        List<Entry> entries = list(root, folderName, skipped);
        ImageShape shape = options.shape();
        if (entries.isEmpty()) {
            throw new DataFormatException(folderName, null, Texts.get("folder.problem.empty"));
        }
        if ((long) entries.size() * shape.values() > IdxReader.MAX_VALUES) {
            throw new DataFormatException(folderName, null, Texts.get("folder.problem.tooMuch",
                    String.valueOf(entries.size()), shape.text()));
        }
        float[] values = new float[entries.size() * shape.values()];
        List<String> classes = new ArrayList<>();
        AreaResampler resampler = new AreaResampler(shape);
        int rows = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Entry entry = entries.get(i);
            try {
                resampler.resample(decode(entry), values, rows * shape.values());
                classes.add(entry.className());
                rows++;
            } catch (DataFormatException e) {
                if (options.refuseUnreadable()) {
                    throw e;
                }
                skipped.add(new Skipped(entry.shown(), e.problem()));
            }
            progress.filesRead(i + 1, entries.size());
        }
        if (rows == 0) {
            throw new DataFormatException(folderName, null, Texts.get("folder.problem.noneReadable",
                    String.valueOf(skipped.size()), skipped.get(0).file(), skipped.get(0).reason()));
        }
        float[] kept = rows == entries.size() ? values : java.util.Arrays.copyOf(values, rows * shape.values());
        int[] labels = null;
        List<String> classNames = List.of();
        if (classes.get(0) != null) {
            LabelCoding coding = LabelCoding.ofStrings(classes, folderName);
            labels = coding.labels();
            classNames = coding.classNames();
        }
        return new Result(new Dataset(folderName, rows, shape.values(), kept, labels, classNames,
                featureNames(shape), shape), skipped);
    }

    private static Path realFolder(Path folder, String folderName) throws DataFormatException {
        if (!Files.isDirectory(folder)) {
            throw new DataFormatException(folderName, null, Texts.get("folder.problem.notFolder"));
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new DataFormatException(folderName, null, InputFiles.cannotBeRead(e));
        }
    }

    /** The pictures, class folders in name order and pictures in name order within each. */
    private static List<Entry> list(Path root, String folderName, List<Skipped> skipped) throws DataFormatException {
        List<Path> loose = new ArrayList<>();
        List<Path> subFolders = new ArrayList<>();
        for (Path p : children(root, root, folderName)) {
            if (Files.isDirectory(p)) {
                subFolders.add(p);
            } else if (isPicture(p)) {
                loose.add(p);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Path sub : subFolders) {
            String className = sub.getFileName().toString();
            for (Path p : children(sub, root, folderName)) {
                if (isPicture(p) && !Files.isDirectory(p)) {
                    entries.add(new Entry(p, className + "/" + p.getFileName(), className));
                    checkCount(entries.size(), folderName);
                }
            }
        }
        boolean labelled = !entries.isEmpty();
        for (Path p : loose) {
            if (labelled) {
                skipped.add(new Skipped(p.getFileName().toString(), Texts.get("folder.skip.outsideClass")));
            } else {
                entries.add(new Entry(p, p.getFileName().toString(), null));
                checkCount(entries.size(), folderName);
            }
        }
        return entries;
    }

    private static void checkCount(int count, String folderName) throws DataFormatException {
        if (count > MAX_FILES) {
            throw new DataFormatException(folderName, null, Texts.get("folder.problem.tooMany",
                    String.valueOf(MAX_FILES)));
        }
    }

    /**
     * The visible entries of a folder, sorted by name. A link is kept only when it leads inside {@code root}; a link
     * to elsewhere (which a shared folder could hold to make us read {@code /etc} or a device) is passed over.
     */
    private static List<Path> children(Path folder, Path root, String folderName) throws DataFormatException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            Iterator<Path> it = stream.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                if (p.getFileName().toString().startsWith(".") || Files.isHidden(p)) {
                    continue;
                }
                if (Files.isSymbolicLink(p) && !leadsInside(p, root)) {
                    continue;
                }
                if (Files.isDirectory(p) || Files.isRegularFile(p)) {
                    out.add(p);
                }
                checkCount(out.size(), folderName);
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            IOException cause = e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e)
                    .getCause();
            throw new DataFormatException(folderName, null, InputFiles.cannotBeRead(cause));
        }
        out.sort(null);
        return out;
    }

    private static boolean leadsInside(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        } catch (IOException broken) {
            return false;
        }
    }

    private static boolean isPicture(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /** One picture, decoded only after its file size and its declared dimensions are found reasonable. */
    private static BufferedImage decode(Entry entry) throws DataFormatException {
        try {
            long size = Files.size(entry.file());
            if (size > MAX_FILE_BYTES) {
                throw unreadable(entry, Texts.get("folder.skip.fileTooLarge", String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(entry.file().toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw unreadable(entry, Texts.get("folder.skip.notPicture"));
                }
                ImageReader reader = readers.next();
                try {
                    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                    if (!format.equals("png") && !format.equals("jpeg")) {
                        throw unreadable(entry, Texts.get("folder.skip.notPicture"));
                    }
                    reader.setInput(in, true, true);
                    long w = reader.getWidth(0);
                    long h = reader.getHeight(0);
                    if (w * h > MAX_PIXELS) {
                        throw unreadable(entry, Texts.get("folder.skip.tooManyPixels", w + "x" + h,
                                String.valueOf(MAX_PIXELS / 1_000_000)));
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw unreadable(entry, InputFiles.cannotBeRead(e));
        } catch (RuntimeException e) {
            // Decoders of damaged files throw whatever their parsing met (index, state, argument exceptions).
            throw unreadable(entry, Texts.get("folder.skip.damaged"));
        }
    }

    private static DataFormatException unreadable(Entry entry, String why) {
        return new DataFormatException(entry.shown(), null, why);
    }

    private static List<String> featureNames(ImageShape shape) {
        String[] channel = {"red", "green", "blue"};
        List<String> names = new ArrayList<>(shape.values());
        for (int p = 0; p < shape.pixels(); p++) {
            String pixel = "pixel (" + (p % shape.width()) + ", " + (p / shape.width()) + ")";
            for (int c = 0; c < shape.channels(); c++) {
                names.add(shape.colour() ? pixel + " " + channel[c] : pixel);
            }
        }
        return names;
    }
}
