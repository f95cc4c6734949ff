package org.vaeexplorer.model.lessons;

/**
 * A small picture of a lesson's latent space for lists: the posterior means of a sample of its data in the first two
 * latent dimensions, with their classes. Kept in the lesson so that a list can draw it without the model or the data.
 *
 * @param points x, y pairs, at most {@value #MAX_POINTS} of them
 * @param labels each point's class (0-based), or {@code null} when the data has none
 */
public record LessonPreview(float[] points, int[] labels) {
    public static final int MAX_POINTS = 1000;

    public LessonPreview {
        if (points.length % 2 != 0 || points.length / 2 > MAX_POINTS) {
            throw new IllegalArgumentException("a preview holds up to " + MAX_POINTS + " x, y pairs");
        }
        if (labels != null && labels.length != points.length / 2) {
            throw new IllegalArgumentException("a preview needs one label per point");
        }
        points = points.clone();
        labels = labels == null ? null : labels.clone();
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
