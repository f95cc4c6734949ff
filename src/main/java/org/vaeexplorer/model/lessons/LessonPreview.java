package org.vaeexplorer.model.lessons;

import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.Pca;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.YieldPoint;
import org.vaeexplorer.text.Texts;

/**
 * A small picture of a lesson's latent space for lists: the posterior means of a sample of its data in the first two
 * latent dimensions, with their classes. Kept in the lesson so that a list can draw it without the model or the data.
 *
 * @param points x, y pairs of finite numbers, at most {@value #MAX_POINTS} of them
 * @param labels each point's class, 0 to {@value #MAX_CLASSES} − 1, or {@code null} when the data has none
 */
public record LessonPreview(float[] points, int[] labels) {
    public static final int MAX_POINTS = 1000;
    /** Data with more classes than this gives an unlabelled preview. */
    public static final int MAX_CLASSES = EmbeddedCsv.MAX_CLASSES;
    /** The rows drawn: the same for every lesson of the same data, so that previews of related lessons compare. */
    private static final long SAMPLE_SEED = 1;

    public LessonPreview {
        if (points.length % 2 != 0 || points.length / 2 > MAX_POINTS) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.previewSize", String.valueOf(MAX_POINTS)));
        }
        if (labels != null && labels.length != points.length / 2) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.previewLabels"));
        }
        for (float p : points) {
            if (!Float.isFinite(p)) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.previewPoint", String.valueOf(p)));
            }
        }
        if (labels != null) {
            for (int label : labels) {
                if (label < 0 || label >= MAX_CLASSES) {
                    throw new IllegalArgumentException(Texts.get("lesson.invalid.previewLabel",
                            String.valueOf(MAX_CLASSES - 1), String.valueOf(label)));
                }
            }
        }
        points = points.clone();
        labels = labels == null ? null : labels.clone();
    }

    /**
     * The posterior means of up to {@value #MAX_POINTS} rows of {@code data} (a seeded sample), latent dimensions 0
     * and 1, labelled when the data is. With a one-dimensional latent space y is each row's coordinate on the
     * data's first principal axis instead, so that the picture still spreads out.
     *
     * @throws IllegalArgumentException when the model does not take the data's features, or gives a mean that is
     *                                  not finite (a diverged model)
     */
    public static LessonPreview of(Vae vae, Dataset data) {
        int[] rows = Pca.sample(data.rows(), MAX_POINTS, SAMPLE_SEED);
        Encoding encoding = vae.encodeRows(data, rows, YieldPoint.NONE);
        float[] mean = encoding.mean();
        int latent = encoding.latentDim();
        Pca pca = latent == 1 ? Pca.fit(data, SAMPLE_SEED) : null;
        float[] row = new float[data.cols()];
        float[] points = new float[2 * rows.length];
        int[] labels = data.hasLabels() && data.classNames().size() <= MAX_CLASSES ? new int[rows.length] : null;
        for (int i = 0; i < rows.length; i++) {
            points[2 * i] = mean[i * latent];
            if (pca == null) {
                points[2 * i + 1] = mean[i * latent + 1];
            } else {
                data.copyRow(rows[i], row, 0);
                points[2 * i + 1] = (float) pca.project(row, 0)[0];
            }
            if (labels != null) {
                labels[i] = data.label(rows[i]);
            }
        }
        return new LessonPreview(points, labels);
    }

    public int count() {
        return points.length / 2;
    }

    @Override
    public float[] points() {
        return points.clone();
    }

    @Override
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }
}
