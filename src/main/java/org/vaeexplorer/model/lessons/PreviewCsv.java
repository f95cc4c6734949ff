package org.vaeexplorer.model.lessons;

import java.nio.charset.StandardCharsets;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.text.Texts;

/**
 * A {@link LessonPreview} as {@code preview.csv}: the header {@code x,y} (or {@code x,y,label}), then one line per
 * point, numbers as Java writes floats and the class as a number from 0 to {@value EmbeddedCsv#MAX_CLASSES} − 1.
 */
final class PreviewCsv {
    /** A thousand lines of two floats and a label, with room to spare. */
    static final long MAX_BYTES = 64 << 10;

    private PreviewCsv() {
    }

    static byte[] encode(LessonPreview preview) {
        float[] points = preview.points();
        int[] labels = preview.labels();
        StringBuilder text = new StringBuilder(labels == null ? "x,y" : "x,y,label").append('\n');
        for (int i = 0; i < preview.count(); i++) {
            text.append(points[2 * i]).append(',').append(points[2 * i + 1]);
            if (labels != null) {
                text.append(',').append(labels[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static LessonPreview decode(String file, byte[] bytes) throws DataFormatException {
        String[] lines = Manifest.utf8(file, LessonEntries.PREVIEW, bytes).split("\n", -1);
        boolean labelled = lines[0].equals("x,y,label");
        if (!labelled && !lines[0].equals("x,y")) {
            throw new DataFormatException(file, Texts.get("polish.lesson.entryLine", LessonEntries.PREVIEW, "1"),
                    Texts.get("polish.lesson.previewHeader"));
        }
        if (!lines[lines.length - 1].isEmpty()) {
            throw new DataFormatException(file, LessonEntries.PREVIEW, Texts.get("polish.lesson.lastLine"));
        }
        int count = lines.length - 2;
        if (count > LessonPreview.MAX_POINTS) {
            throw new DataFormatException(file, LessonEntries.PREVIEW,
                    Texts.get("polish.lesson.previewPoints", String.valueOf(count),
                    String.valueOf(LessonPreview.MAX_POINTS)));
        }
        int fields = labelled ? 3 : 2;
        float[] points = new float[2 * count];
        int[] labels = labelled ? new int[count] : null;
        for (int i = 0; i < count; i++) {
            String where = Texts.get("polish.lesson.entryLine", LessonEntries.PREVIEW, String.valueOf(i + 2));
            String[] f = lines[i + 1].split(",", -1);
            if (f.length != fields) {
                throw new DataFormatException(file, where,
                        Texts.get("polish.lesson.fields", String.valueOf(f.length), String.valueOf(fields)));
            }
            points[2 * i] = EmbeddedCsv.value(file, where, f[0]);
            points[2 * i + 1] = EmbeddedCsv.value(file, where, f[1]);
            if (labelled) {
                labels[i] = EmbeddedCsv.label(file, where, f[2], EmbeddedCsv.MAX_CLASSES);
            }
        }
        return new LessonPreview(points, labels);
    }
}
