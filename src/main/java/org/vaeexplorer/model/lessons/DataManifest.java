package org.vaeexplorer.model.lessons;

import java.util.List;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;

/** A lesson's {@link LessonData} as the manifest's {@code data.*} keys, with {@code data.csv} for embedded data. */
final class DataManifest {
    private static final String BUILT_IN = "built-in";
    private static final String EMBEDDED = "embedded";
    private static final String FILE = "file";

    private DataManifest() {
    }

    /** Puts the data's keys; returns the bytes of {@code data.csv}, or {@code null} when the lesson has none. */
    static byte[] write(LessonData data, Manifest.Writer out) {
        if (data instanceof LessonData.BuiltIn b) {
            out.put("data.kind", BUILT_IN).put("data.name", b.name()).put("data.points", Integer.toString(b.points()))
                    .put("data.noise", Double.isNaN(b.noise()) ? "default" : Double.toString(b.noise()))
                    .put("data.seed", Long.toString(b.seed()));
            return null;
        }
        if (data instanceof LessonData.External e) {
            out.put("data.kind", FILE).put("data.path", e.path());
            if (e.choice() != null) {
                out.put("data.import", e.choice().toSpec());
            }
            return null;
        }
        Dataset d = ((LessonData.Embedded) data).dataset();
        out.put("data.kind", EMBEDDED).put("data.name", d.name()).put("data.rows", Integer.toString(d.rows()))
                .put("data.cols", Integer.toString(d.cols()))
                .put("data.image", d.imageShape() == null ? "none" : d.imageShape().text());
        for (int c = 0; c < d.cols(); c++) {
            out.put("data.feature." + c, d.featureNames().get(c));
        }
        List<String> classes = EmbeddedCsv.isLabelled(d) ? d.classNames() : List.of();
        out.put("data.classes", Integer.toString(classes.size()));
        for (int k = 0; k < classes.size(); k++) {
            out.put("data.class." + k, classes.get(k));
        }
        return EmbeddedCsv.encode(d);
    }

    /** The data's {@link LessonData#describe()} from the manifest alone: embedded data is not decoded. */
    static String describe(Manifest m, LessonContainer zip) throws DataFormatException {
        if (EMBEDDED.equals(m.required("data.kind"))) {
            return LessonData.Embedded.describe(m.required("data.name"), m.integer("data.rows", 1,
                    EmbeddedCsv.MAX_BYTES), m.integer("data.cols", 1, EmbeddedCsv.MAX_COLUMNS));
        }
        return read(m, zip).describe();
    }

    static LessonData read(Manifest m, LessonContainer zip) throws DataFormatException {
        String kind = m.required("data.kind");
        try {
            switch (kind) {
                case BUILT_IN: {
                    String noise = m.required("data.noise");
                    return new LessonData.BuiltIn(m.required("data.name"), m.integer("data.points", 2, 10_000_000),
                            noise.equals("default") ? Double.NaN : m.number("data.noise", 0, 100),
                            m.longInteger("data.seed"));
                }
                case FILE: {
                    String choice = m.optional("data.import");
                    return new LessonData.External(m.required("data.path"),
                            choice == null ? null : CsvImport.fromSpec(choice));
                }
                case EMBEDDED:
                    return new LessonData.Embedded(embedded(m, zip));
                default:
                    throw m.problem(Texts.get("lesson.problem.dataKind", kind, BUILT_IN + ", " + EMBEDDED + ", " + FILE));
            }
        } catch (IllegalArgumentException e) {
            throw m.problem(Texts.get("lesson.problem.invalidData", e.getMessage()));
        }
    }

    private static Dataset embedded(Manifest m, LessonContainer zip) throws DataFormatException {
        int rows = m.integer("data.rows", 1, EmbeddedCsv.MAX_BYTES);
        int cols = m.integer("data.cols", 1, EmbeddedCsv.MAX_COLUMNS);
        int classes = m.integer("data.classes", 0, EmbeddedCsv.MAX_CLASSES);
        ImageShape shape = imageShape(m, cols);
        List<String> features = m.indexed("data.feature", cols);
        List<String> classNames = m.indexed("data.class", classes);
        return EmbeddedCsv.decode(zip.file(), zip.read(LessonEntries.DATA), m.required("data.name"), rows, features,
                classNames, shape);
    }

    private static ImageShape imageShape(Manifest m, int cols) throws DataFormatException {
        String text = m.required("data.image");
        if (text.equals("none")) {
            return null;
        }
        ImageShape shape = ImageShape.parse(text);
        if (shape != null && shape.values() == cols) {
            return shape;
        }
        throw m.problem(Texts.get("lesson.problem.dataImage", text, String.valueOf(cols)));
    }
}
