package org.vaeexplorer.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.vaeexplorer.text.Texts;

/**
 * Seeded generators of labelled 2-D point clouds for teaching. Rows come shuffled, so that holding out the last
 * rows holds out every class alike. {@code noise} is each set's own spread (see {@link #defaultNoise()}).
 */
public enum ToyDataset {
    /** The article's data: N((1, 1), Σ) and N((1.5, 0.5), Σ), Σ = [[1, .5], [.5, 1]]; noise scales Σ's σ. */
    TWO_GAUSSIANS("two-gaussians", 1.0),
    /** Six well-separated round Gaussians on a circle of radius 5; noise is their σ. */
    GAUSSIAN_MIXTURE("gaussian-mixture", 0.5),
    /** Two interleaving half circles; noise is the σ of the jitter. */
    MOONS("moons", 0.1),
    /** Three concentric rings of radius 1, 2 and 3; noise is the σ of the radial jitter. */
    RINGS("rings", 0.1),
    /** Two interleaved spiral arms; noise is the σ of the jitter. */
    SPIRAL("spiral", 0.15),
    /** Five curved blades (Johnson et al., 2016); noise is the radial σ. */
    PINWHEEL("pinwheel", 0.3),
    /** A 5×5 grid of Gaussians two units apart; noise is their σ. */
    GRID("grid", 0.2);

    private final String id;
    private final double defaultNoise;

    ToyDataset(String id, double defaultNoise) {
        this.id = id;
        this.defaultNoise = defaultNoise;
    }

    public String id() {
        return id;
    }

    /** Its name in the language in use. */
    public String label() {
        return Texts.get("dataset." + id);
    }

    public double defaultNoise() {
        return defaultNoise;
    }

    public static ToyDataset fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ToyDataset t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        return null;
    }

    /**
     * {@code points} rows of two features, with labels, drawn from the given seed.
     *
     * @param noise non-negative spread; see each constant
     */
    public Dataset generate(int points, double noise, long seed) {
        if (points < 2 || points > 10_000_000) {
            throw new IllegalArgumentException(Texts.get("data.invalid.points", String.valueOf(points)));
        }
        if (!(noise >= 0) || !Double.isFinite(noise) || noise > 100) {
            throw new IllegalArgumentException(Texts.get("data.invalid.noise", String.valueOf(noise)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        int classes = classCount();
        float[] values = new float[points * 2];
        int[] labels = new int[points];
        for (int i = 0; i < points; i++) {
            int label = i % classes;
            double[] p = point(label, classes, noise, random);
            values[2 * i] = (float) p[0];
            values[2 * i + 1] = (float) p[1];
            labels[i] = label;
        }
        shuffle(values, labels, random);
        return new Dataset(id, points, 2, values, labels, classNames(classes), List.of("x1", "x2"), null);
    }

    private int classCount() {
        return switch (this) {
            case TWO_GAUSSIANS, MOONS, SPIRAL -> 2;
            case GAUSSIAN_MIXTURE -> 6;
            case RINGS -> 3;
            case PINWHEEL -> 5;
            case GRID -> 25;
        };
    }

    private double[] point(int label, int classes, double noise, SplittableRandom r) {
        switch (this) {
            case TWO_GAUSSIANS: {
                // Σ = L Lᵀ with L = [[1, 0], [.5, √.75]].
                double a = r.nextGaussian() * noise;
                double b = r.nextGaussian() * noise;
                double mx = label == 0 ? 1.0 : 1.5;
                double my = label == 0 ? 1.0 : 0.5;
                return new double[] {mx + a, my + 0.5 * a + Math.sqrt(0.75) * b};
            }
            case GAUSSIAN_MIXTURE: {
                double angle = 2 * Math.PI * label / classes;
                return new double[] {5 * Math.cos(angle) + noise * r.nextGaussian(),
                        5 * Math.sin(angle) + noise * r.nextGaussian()};
            }
            case MOONS: {
                double t = Math.PI * r.nextDouble();
                double x = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
                double y = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
                return new double[] {x + noise * r.nextGaussian(), y + noise * r.nextGaussian()};
            }
            case RINGS: {
                double t = 2 * Math.PI * r.nextDouble();
                double radius = label + 1 + noise * r.nextGaussian();
                return new double[] {radius * Math.cos(t), radius * Math.sin(t)};
            }
            case SPIRAL: {
                double t = Math.sqrt(r.nextDouble()) * 3 * Math.PI;
                double sign = label == 0 ? 1 : -1;
                return new double[] {sign * t * Math.cos(t) / 3 + noise * r.nextGaussian(),
                        sign * t * Math.sin(t) / 3 + noise * r.nextGaussian()};
            }
            case PINWHEEL: {
                double radial = 1 + noise * r.nextGaussian();
                double tangential = 0.05 * r.nextGaussian();
                double x = radial * 2;
                double y = tangential * 2;
                double angle = 2 * Math.PI * label / classes + 0.25 * Math.exp(x);
                return new double[] {x * Math.cos(angle) - y * Math.sin(angle),
                        x * Math.sin(angle) + y * Math.cos(angle)};
            }
            case GRID: {
                int gx = label % 5;
                int gy = label / 5;
                return new double[] {2 * (gx - 2) + noise * r.nextGaussian(), 2 * (gy - 2) + noise * r.nextGaussian()};
            }
            default:
                throw new AssertionError(this);
        }
    }

    private List<String> classNames(int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(switch (this) {
                case MOONS -> c == 0 ? "upper moon" : "lower moon";
                case RINGS -> "ring " + (c + 1);
                case SPIRAL, PINWHEEL -> "arm " + (c + 1);
                case GRID -> "(" + (c % 5 + 1) + ", " + (c / 5 + 1) + ")";
                default -> "class " + (c + 1);
            });
        }
        return names;
    }

    private static void shuffle(float[] values, int[] labels, SplittableRandom r) {
        for (int i = labels.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int l = labels[i];
            labels[i] = labels[j];
            labels[j] = l;
            for (int k = 0; k < 2; k++) {
                float v = values[2 * i + k];
                values[2 * i + k] = values[2 * j + k];
                values[2 * j + k] = v;
            }
        }
    }
}
