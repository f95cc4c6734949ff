package org.vaeexplorer.model.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.InputFiles;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.network.FeatureScaling;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * The {@code .vae} model file, format version 1. Big-endian throughout:
 * <pre>
 *   8 bytes   magic "VAEXMODL"
 *   int32     format version (1)
 *   int32     header length H (at most 64 KiB)
 *   H bytes   UTF-8 header, one "key=value" per line in any order: every setting of {@link SettingsSchema} in
 *             its text form (a file without "model" holds a VAE), the data's width ("inputDim"), name and image
 *             shape, and the parameter count
 *   float64   × inputDim: the scaling's offsets, then × inputDim its scales
 *   float64   × count: the parameters in the order of {@link Vae#parameters()}
 *   int32     CRC-32 of every byte before it
 * </pre>
 * Loading checks the size against the header before reading anything large, the checksum, and every value, so a
 * truncated, damaged or hostile file is refused with a message instead of being half-loaded. No Java serialization.
 */
public final class ModelFile {
    static final byte[] MAGIC = "VAEXMODL".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final long MAX_FILE_BYTES = 1L << 30;

    private ModelFile() {
    }

    /** Saves atomically: the previous file stays whole until the new one is complete on disk. */
    public static void save(VaeSnapshot model, Path file) throws IOException {
        AtomicFiles.write(file, raw -> write(model, raw));
    }

    /** Writes a model file's bytes to a stream, leaving it open: for files that hold a model among other things. */
    public static void write(VaeSnapshot model, OutputStream raw) throws IOException {
        byte[] header = header(model).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(raw, crc));
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(header.length);
        out.write(header);
        for (double v : model.scaling().offset()) {
            out.writeDouble(v);
        }
        for (double v : model.scaling().scale()) {
            out.writeDouble(v);
        }
        for (double v : model.parameters()) {
            out.writeDouble(v);
        }
        out.flush();
        new DataOutputStream(raw).writeInt((int) crc.getValue());
    }

    /** Whether a file starts like a model file (so that it is opened as a model rather than as data). */
    public static boolean looksLikeModel(Path file) {
        if (!Files.isRegularFile(file)) {
            // Opening a pipe would wait for a writer; such files are refused when they are loaded.
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    public static VaeSnapshot load(Path file) throws DataFormatException {
        org.vaeexplorer.model.data.InputFiles.requireRegularFile(file);
        String name = file.getFileName().toString();
        byte[] bytes;
        // One open file for the size, the header and the bytes: another window may replace the file meanwhile (an
        // atomic save makes a new file), and a size from one and bytes from the other would read as damage.
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                throw new DataFormatException(name, null,
                        Texts.get("polish.model.tooLarge", String.valueOf(size >> 20)));
            }
            // The header says how long the file must be: a file of another length is refused before it is read.
            ByteBuffer prefix = ByteBuffer.wrap(readFully(channel, (int) Math.min(size, 16 + MAX_HEADER_BYTES)));
            try {
                layout(name, prefix, size);
            } catch (BufferUnderflowException e) {
                throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(prefix.position())),
                        Texts.get("model.problem.truncated"));
            }
            bytes = readFully(channel.position(0), (int) size);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, null, Texts.get("file.problem.missing", file.toAbsolutePath()));
        } catch (IOException e) {
            throw new DataFormatException(name, null, InputFiles.cannotBeRead(e));
        }
        return parse(name, bytes);
    }

    /** The next {@code count} bytes, or fewer when the file ends first. */
    private static byte[] readFully(java.nio.channels.FileChannel channel, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // Reads until full or at the end.
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    /**
     * Reads a model file's bytes, with every check of {@link #load}.
     *
     * @param name the file's name as the user knows it, for messages
     */
    public static VaeSnapshot parse(String name, byte[] bytes) throws DataFormatException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            Layout layout = layout(name, in, bytes.length);
            Map<String, String> header = layout.header();
            VaeConfig config = layout.config();
            int inputDim = layout.inputDim();
            long count = layout.parameters();
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                throw new DataFormatException(name, null, Texts.get("model.problem.checksum"));
            }
            double[] offset = doubles(in, inputDim, name, Texts.get("polish.model.what.offset"));
            double[] scale = doubles(in, inputDim, name, Texts.get("polish.model.what.scale"));
            double[] params = doubles(in, (int) count, name, Texts.get("polish.model.what.parameter"));
            for (double v : scale) {
                if (v < 1e-20 || v > 1e20) {
                    throw new DataFormatException(name, null, Texts.get("polish.model.scaling",
                            Texts.get("polish.model.featureScale", String.valueOf(v))));
                }
            }
            FeatureScaling scaling;
            try {
                scaling = new FeatureScaling(offset, scale);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(name, null, Texts.get("polish.model.scaling", e.getMessage()));
            }
            String dataName = header.getOrDefault("dataName", "");
            return new VaeSnapshot(config, scaling, params, dataName, imageShape(name, header.get("image"),
                    inputDim));
        } catch (BufferUnderflowException e) {
            throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(in.position())),
                    Texts.get("model.problem.truncated"));
        }
    }

    /** What a model file's start says: its header, settings, input width and parameter count. */
    private record Layout(Map<String, String> header, VaeConfig config, int inputDim, long parameters) {
    }

    /**
     * Checks a model file's magic, version and header, read from {@code in} (which then stands after the header),
     * and that the file's length is the one they imply.
     *
     * @throws BufferUnderflowException when {@code in} ends inside the header
     */
    private static Layout layout(String name, ByteBuffer in, long fileLength) throws DataFormatException {
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new DataFormatException(name, Texts.get("file.offset", "0"), Texts.get("model.problem.notModel"));
        }
        int version = in.getInt();
        if (version != VERSION) {
            throw new DataFormatException(name, Texts.get("file.offset", "8"), version > VERSION
                    ? Texts.get("model.problem.newer", String.valueOf(version), String.valueOf(VERSION))
                    : Texts.get("model.problem.version", String.valueOf(version)));
        }
        int headerLength = in.getInt();
        if (headerLength < 0 || headerLength > MAX_HEADER_BYTES || headerLength > fileLength - 16) {
            throw new DataFormatException(name, Texts.get("file.offset", "12"), Texts.get("polish.model.headerLength",
                    String.valueOf(headerLength), String.valueOf(fileLength)));
        }
        byte[] headerBytes = new byte[headerLength];
        in.get(headerBytes);
        Map<String, String> header = parseHeader(name, new String(headerBytes, StandardCharsets.UTF_8));
        VaeConfig config = config(name, header);
        int inputDim = intValue(name, header, "inputDim", 1, 10_000_000);
        long count = Vae.parameterCount(config, inputDim);
        long declared = longValue(name, header, "parameters");
        if (declared != count) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.parameters", String.valueOf(declared),
                    String.valueOf(count)));
        }
        long expected = 16L + headerLength + 8L * (2L * inputDim + count) + 4;
        if (fileLength != expected) {
            throw new DataFormatException(name, null, fileLength < expected
                    ? Texts.get("model.problem.short", String.valueOf(fileLength), String.valueOf(expected))
                    : Texts.get("model.problem.long", String.valueOf(fileLength - expected)));
        }
        return new Layout(header, config, inputDim, count);
    }

    private static String header(VaeSnapshot model) {
        Map<String, String> h = new LinkedHashMap<>(SettingsSchema.toStoredText(model.config()));
        h.put("inputDim", Integer.toString(model.inputDim()));
        h.put("dataName", model.dataName() == null ? "" : model.dataName().replaceAll("[\\r\\n=]", " "));
        h.put("image", model.imageShape() == null ? "none" : model.imageShape().text());
        h.put("parameters", Integer.toString(model.parameters().length));
        StringBuilder text = new StringBuilder();
        h.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    private static Map<String, String> parseHeader(String name, String text) throws DataFormatException {
        Map<String, String> map = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty()) {
                continue;
            }
            if (line.chars().anyMatch(Character::isISOControl)) {
                // Echoing it would put a raw carriage return (a file edited on Windows) into the message.
                throw new DataFormatException(name, Texts.get("polish.model.headerLine", String.valueOf(n + 1)),
                        Texts.get("polish.model.controlChar"));
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new DataFormatException(name, Texts.get("polish.model.headerLine", String.valueOf(n + 1)),
                        Texts.get("polish.model.malformedLine",
                                line.length() > 80 ? line.substring(0, 80) + "…" : line));
            }
            map.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return map;
    }

    private static VaeConfig config(String name, Map<String, String> h) throws DataFormatException {
        VaeConfig config = SettingsSchema.storedDefaults();
        for (Setting<?> setting : SettingsSchema.settings()) {
            if (SettingsSchema.readsAsMissing(setting) && !h.containsKey(setting.key())) {
                // Written before the setting existed (or at the value that means): a VAE, held out at the end.
                continue;
            }
            try {
                config = SettingsSchema.withText(config, setting.key(), required(name, h, setting.key()));
            } catch (InvalidConfigException e) {
                throw new DataFormatException(name, Texts.get("polish.model.header"),
                        Texts.get("polish.model.invalidSetting", e.problems().get(0)));
            }
        }
        List<ConfigProblem> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.invalidSettings", problems.get(0)));
        }
        return config;
    }

    private static String required(String name, Map<String, String> h, String key) throws DataFormatException {
        String value = h.get(key);
        if (value == null) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.missingSetting", key));
        }
        return value;
    }

    private static int intValue(String name, Map<String, String> h, String key, int min, int max)
            throws DataFormatException {
        long v = longValue(name, h, key);
        if (v < min || v > max) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.range", key, String.valueOf(v), String.valueOf(min),
                    String.valueOf(max)));
        }
        return (int) v;
    }

    private static long longValue(String name, Map<String, String> h, String key) throws DataFormatException {
        try {
            return Long.parseLong(required(name, h, key).trim());
        } catch (NumberFormatException e) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.notWhole", key));
        }
    }

    private static ImageShape imageShape(String name, String text, int inputDim) throws DataFormatException {
        if (text == null || text.equals("none")) {
            return null;
        }
        ImageShape shape = ImageShape.parse(text);
        if (shape == null) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.imageShape", text));
        }
        if (shape.values() != inputDim) {
            throw new DataFormatException(name, Texts.get("polish.model.header"),
                    Texts.get("polish.model.imageFeatures", text, String.valueOf(inputDim)));
        }
        return shape;
    }

    private static double[] doubles(ByteBuffer in, int count, String name, String what) throws DataFormatException {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            int offset = in.position();
            values[i] = in.getDouble();
            // The model computes in float: anything beyond float's range would turn into infinities there.
            if (!Double.isFinite(values[i]) || Math.abs(values[i]) > 1e30) {
                throw new DataFormatException(name, Texts.get("file.offset", String.valueOf(offset)),
                        Texts.get("polish.model.value", what, String.valueOf(i), String.valueOf(values[i])));
            }
        }
        return values;
    }
}
