package org.vaeexplorer.model.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vaeexplorer.text.Texts;

/**
 * Reads IDX files (the MNIST format), raw or gzip-compressed, as tables: the first dimension counts rows, the others
 * multiply into features. Unsigned bytes become intensities in [0, 1] (byte / 255); other types are read as they
 * are. Three-dimensional files are images of {@code dims[2] × dims[1]} pixels.
 */
public final class IdxReader {
    /** Upper bound on values in one file, so that a damaged header cannot make us allocate gigabytes. */
    static final long MAX_VALUES = 100_000_000L;
    /** Values read and converted at a time. */
    private static final int BLOCK_VALUES = 1 << 14;

    /** A parsed IDX file: its shape and values, row-major. */
    record Table(int rows, int cols, int[] dims, float[] values, boolean unsignedBytes) {
    }

    private IdxReader() {
    }

    /** Reads images (or any table) and, when {@code labelsFile} is not null, one label per row from it. */
    public static Dataset read(Path dataFile, Path labelsFile) throws DataFormatException {
        String name = dataFile.getFileName().toString();
        Table table = readTable(dataFile);
        int[] labels = null;
        List<String> classNames = List.of();
        if (labelsFile != null) {
            String labelName = labelsFile.getFileName().toString();
            // The header says how many labels follow: a file of the wrong count is refused before they are read.
            Table labelTable = readTable(labelsFile, dims -> {
                long perRow = 1;
                for (int i = 1; i < dims.length; i++) {
                    perRow *= dims[i];
                }
                if (perRow != 1) {
                    throw new DataFormatException(labelName, null,
                            Texts.get("polish.idx.labelsDims", String.valueOf(perRow)));
                }
                if (dims[0] != table.rows()) {
                    throw new DataFormatException(labelName, null,
                            Texts.get("polish.idx.labelCount", String.valueOf(dims[0]), name,
                            String.valueOf(table.rows())));
                }
            });
            LabelCoding coding = LabelCoding.ofRawValues(labelTable, labelName);
            labels = coding.labels();
            classNames = coding.classNames();
        }
        return toDataset(stripExtensions(name), table, labels, classNames);
    }

    /** Reads a dataset shipped inside the application. */
    static Dataset readResource(String name, InputStream images, InputStream labels, List<String> classNames)
            throws DataFormatException {
        Table table = parse(name, images, dims -> { });
        Table labelTable = parse(name + " labels", labels, dims -> { });
        int[] codes = new int[labelTable.rows()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Math.round(labelTable.values()[i]);
            if (codes[i] < 0 || codes[i] >= classNames.size()) {
                throw new DataFormatException(Texts.get("polish.idx.labelsOf", name),
                        Texts.get("polish.idx.row", String.valueOf(i)),
                        Texts.get("polish.idx.labelRange", String.valueOf(codes[i])));
            }
        }
        if (codes.length != table.rows()) {
            throw new DataFormatException(name, null, Texts.get("polish.idx.countsDiffer"));
        }
        return toDataset(name, table, codes, classNames);
    }

    /** Checks a file's dimensions, read from its header, before its values are read. */
    @FunctionalInterface
    interface HeaderCheck {
        void check(int[] dims) throws DataFormatException;
    }

    static Table readTable(Path file) throws DataFormatException {
        return readTable(file, dims -> { });
    }

    static Table readTable(Path file, HeaderCheck check) throws DataFormatException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(name, in, check);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataFormatException(name, null, Texts.get("file.problem.missing", file.toAbsolutePath()));
        } catch (IOException e) {
            throw new DataFormatException(name, null, InputFiles.cannotBeRead(e));
        }
    }

    private static Table parse(String name, InputStream raw, HeaderCheck check) throws DataFormatException {
        CountingStream counter;
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            buffered.mark(2);
            int b0 = buffered.read();
            int b1 = buffered.read();
            buffered.reset();
            InputStream source = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            counter = new CountingStream(source);
        } catch (EOFException e) {
            // GZIPInputStream's own message for this is null.
            throw new DataFormatException(name, null, Texts.get("polish.idx.gzipHeader"));
        } catch (IOException e) {
            throw new DataFormatException(name, null, Texts.get("idx.problem.notGzip", reason(e)));
        }
        DataInputStream in = new DataInputStream(counter);
        try {
            int zero = in.readUnsignedShort();
            int type = in.readUnsignedByte();
            int ndims = in.readUnsignedByte();
            if (zero != 0 || ndims < 1 || ndims > 8 || ElementType.of(type) == null) {
                throw new DataFormatException(name, Texts.get("file.offset", "0"), Texts.get("polish.idx.magic",
                        String.format("0x%04X%02X%02X", zero, type, ndims)));
            }
            ElementType element = ElementType.of(type);
            int[] dims = new int[ndims];
            long count = 1;
            for (int i = 0; i < ndims; i++) {
                long offset = counter.count();
                dims[i] = in.readInt();
                if (dims[i] < 1) {
                    throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(offset)),
                            Texts.get("polish.idx.dimension", String.valueOf(i + 1), String.valueOf(dims[i])));
                }
                count *= dims[i];
                if (count > MAX_VALUES) {
                    throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(offset)),
                            Texts.get("polish.idx.declaresTooMany", String.valueOf(MAX_VALUES)));
                }
            }
            check.check(dims);
            int rows = dims[0];
            int cols = (int) (count / rows);
            // Grow as data arrives, so that a header that lies about its size costs no more than the data itself.
            float[] values = new float[(int) Math.min(count, 1 << 16)];
            long headerBytes = counter.count();
            // Whole blocks of values at a time: one call per value through the stream chain took a second for MNIST.
            byte[] block = new byte[BLOCK_VALUES * element.size];
            ByteBuffer view = ByteBuffer.wrap(block).order(ByteOrder.BIG_ENDIAN);
            for (int done = 0; done < count; ) {
                int want = (int) Math.min(BLOCK_VALUES, count - done);
                int got = in.readNBytes(block, 0, want * element.size);
                if (got < want * element.size) {
                    throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(counter.count())),
                            Texts.get("polish.idx.truncated", String.valueOf(count),
                                    String.valueOf(headerBytes + count * element.size),
                                    String.valueOf(done + got / element.size)));
                }
                if (done + want > values.length) {
                    values = java.util.Arrays.copyOf(values, (int) Math.min(count,
                            Math.max(2L * values.length, done + want)));
                }
                element.decode(view, values, done, want);
                // Whole numbers are always finite; only float and double files can hold NaN or infinity.
                boolean whole = element != ElementType.FLOAT && element != ElementType.DOUBLE;
                for (int i = done; i < done + want && !whole; i++) {
                    if (!Float.isFinite(values[i])) {
                        throw new DataFormatException(name,
                                Texts.get("polish.idx.value", String.valueOf(i), String.valueOf(i / cols)),
                                Texts.get("polish.idx.notFinite", String.valueOf(values[i])));
                    }
                }
                done += want;
            }
            if (in.read() != -1) {
                throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(counter.count() - 1)),
                        Texts.get("polish.idx.trailing", String.valueOf(count)));
            }
            return new Table(rows, cols, dims, values, element == ElementType.UNSIGNED_BYTE);
        } catch (EOFException e) {
            throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(counter.count())),
                    Texts.get("idx.problem.truncatedHeader"));
        } catch (ZipException e) {
            throw new DataFormatException(name, null, Texts.get("idx.problem.damagedGzip", reason(e)));
        } catch (IOException e) {
            throw new DataFormatException(name, null, InputFiles.cannotBeRead(e));
        }
    }

    private static Dataset toDataset(String name, Table table, int[] labels, List<String> classNames) {
        float[] values = table.values();
        if (table.unsignedBytes()) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= 255f;
            }
        }
        ImageShape shape = table.dims().length == 3 ? new ImageShape(table.dims()[2], table.dims()[1]) : null;
        List<String> features = new ArrayList<>(table.cols());
        for (int c = 0; c < table.cols(); c++) {
            features.add(shape != null ? "pixel (" + (c % shape.width()) + ", " + (c / shape.width()) + ")"
                    : "feature " + (c + 1));
        }
        return new Dataset(name, table.rows(), table.cols(), values, labels, classNames, features, shape);
    }

    private static String stripExtensions(String name) {
        return name.replaceFirst("\\.gz$", "").replaceFirst("\\.idx\\d?$", "");
    }

    /** IDX element types, with their sizes and how to read one big-endian value. */
    private enum ElementType {
        UNSIGNED_BYTE(0x08, 1), SIGNED_BYTE(0x09, 1), SHORT(0x0B, 2), INT(0x0C, 4), FLOAT(0x0D, 4),
        DOUBLE(0x0E, 8);

        final int code;
        final int size;

        ElementType(int code, int size) {
            this.code = code;
            this.size = size;
        }

        static ElementType of(int code) {
            for (ElementType t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            return null;
        }

        /** Converts {@code n} big-endian values at the start of {@code from} into {@code into} at {@code at}. */
        void decode(ByteBuffer from, float[] into, int at, int n) {
            // The switch outside the loops, so that each loop is a plain conversion.
            switch (this) {
                case UNSIGNED_BYTE -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = from.get(i) & 0xff;
                    }
                }
                case SIGNED_BYTE -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = from.get(i);
                    }
                }
                case SHORT -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = from.getShort(2 * i);
                    }
                }
                case INT -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = from.getInt(4 * i);
                    }
                }
                case FLOAT -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = from.getFloat(4 * i);
                    }
                }
                case DOUBLE -> {
                    for (int i = 0; i < n; i++) {
                        into[at + i] = (float) from.getDouble(8 * i);
                    }
                }
            }
        }
    }

    /** An exception's message, or its kind when it has none (some of the JDK's stream errors do not). */
    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
