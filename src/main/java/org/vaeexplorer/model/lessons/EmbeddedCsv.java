package org.vaeexplorer.model.lessons;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;

/**
 * A small dataset inside a lesson, as {@code data.csv}: a header of the quoted feature names (and "label"), then one
 * line per row of values written as Java writes floats (so they read back bit for bit) and the class index. The
 * names, the shape and the class names live in the manifest; the header is there for people and must match them.
 */
final class EmbeddedCsv {
    /** Data whose CSV would be larger is kept as a path instead. */
    static final int MAX_BYTES = 2 << 20;
    /** Limits that keep the manifest, which lists the names, small. */
    static final int MAX_COLUMNS = 4096;
    static final int MAX_CLASSES = 1000;
    static final int MAX_NAME_CHARS = 100;
    /** What {@link Float#toString(float)} writes for a finite value, and nothing else. */
    private static final Pattern FLOAT = Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");

    private EmbeddedCsv() {
    }

    /**
     * The CSV of each dataset encoded while it lives (datasets are immutable; keys by identity): a lesson's data is
     * encoded when the lesson is made, to see whether it fits, and written from here when the lesson is saved.
     */
    private static final Map<Dataset, Optional<byte[]>> ENCODED = Collections.synchronizedMap(new WeakHashMap<>());

    /** The CSV of the data, or {@code null} when it exceeds {@link #MAX_BYTES} or the limits on names. */
    static byte[] encode(Dataset data) {
        return ENCODED.computeIfAbsent(data, d -> Optional.ofNullable(encodeNow(d))).orElse(null);
    }

    private static byte[] encodeNow(Dataset data) {
        if (data.cols() > MAX_COLUMNS || data.classNames().size() > MAX_CLASSES
                || data.featureNames().stream().anyMatch(n -> n.length() > MAX_NAME_CHARS)
                || data.classNames().stream().anyMatch(n -> n.length() > MAX_NAME_CHARS)) {
            return null;
        }
        boolean labelled = isLabelled(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder line = new StringBuilder(header(data.featureNames(), labelled)).append('\n');
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.cols(); c++) {
                line.append(c > 0 ? "," : "").append(Float.toString(data.value(r, c)));
            }
            if (labelled) {
                line.append(',').append(data.label(r));
            }
            line.append('\n');
            out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
            line.setLength(0);
            if (out.size() > MAX_BYTES) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** Labels are written only when there are class names for them. */
    static boolean isLabelled(Dataset data) {
        return data.hasLabels() && !data.classNames().isEmpty();
    }

    /**
     * The dataset in {@code bytes}, which must hold exactly {@code rows} lines of {@code featureNames.size()} values
     * (and a label when there are class names).
     */
    static Dataset decode(String file, byte[] bytes, String name, int rows, List<String> featureNames,
            List<String> classNames, ImageShape imageShape) throws DataFormatException {
        int cols = featureNames.size();
        if ((long) rows * cols > MAX_BYTES / 4) {
            throw new DataFormatException(file, LessonEntries.DATA,
                    Texts.get("polish.lesson.dataFit", String.valueOf(rows),
                    String.valueOf(cols), String.valueOf(bytes.length)));
        }
        boolean labelled = !classNames.isEmpty();
        String[] lines = Manifest.utf8(file, LessonEntries.DATA, bytes).split("\n", -1);
        int expectedLines = rows + 2;
        if (lines.length != expectedLines || !lines[lines.length - 1].isEmpty()) {
            throw new DataFormatException(file, LessonEntries.DATA,
                    Texts.get("polish.lesson.dataRows", String.valueOf(lines.length - 2),
                    String.valueOf(rows)));
        }
        if (!lines[0].equals(header(featureNames, labelled))) {
            throw new DataFormatException(file, Texts.get("polish.lesson.entryLine", LessonEntries.DATA, "1"),
                    Texts.get("polish.lesson.dataHeader"));
        }
        float[] values = new float[rows * cols];
        int[] labels = labelled ? new int[rows] : null;
        for (int r = 0; r < rows; r++) {
            String where = Texts.get("polish.lesson.entryLine", LessonEntries.DATA, String.valueOf(r + 2));
            String[] fields = lines[r + 1].split(",", -1);
            if (fields.length != cols + (labelled ? 1 : 0)) {
                throw new DataFormatException(file, where,
                        Texts.get("polish.lesson.fields", String.valueOf(fields.length),
                        String.valueOf(cols + (labelled ? 1 : 0))));
            }
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = value(file, where, fields[c]);
            }
            if (labelled) {
                labels[r] = label(file, where, fields[cols], classNames.size());
            }
        }
        try {
            return new Dataset(name, rows, cols, values, labels, classNames, featureNames, imageShape);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, LessonEntries.DATA, e.getMessage());
        }
    }

    private static String header(List<String> featureNames, boolean labelled) {
        StringBuilder text = new StringBuilder();
        for (String feature : featureNames) {
            String printable = feature.replaceAll("\\p{Cntrl}", "?").replace("\"", "\"\"");
            text.append(text.length() > 0 ? "," : "").append('"').append(printable).append('"');
        }
        return labelled ? text.append(",label").toString() : text.toString();
    }

    static float value(String file, String where, String field) throws DataFormatException {
        if (!FLOAT.matcher(field).matches()) {
            throw new DataFormatException(file, where, Texts.get("polish.lesson.notWritten", field));
        }
        float value = Float.parseFloat(field);
        if (!Float.isFinite(value)) {
            throw new DataFormatException(file, where, Texts.get("polish.lesson.outOfRange", field));
        }
        return value;
    }

    static int label(String file, String where, String field, int classes) throws DataFormatException {
        try {
            int label = Integer.parseInt(field);
            if (label >= 0 && label < classes) {
                return label;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new DataFormatException(file, where,
                Texts.get("polish.lesson.label", field, String.valueOf(classes - 1)));
    }
}
