import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the data of lesson 5: 2000 rows drawn from a probabilistic-PCA model (Tipping and Bishop, 1999) in five
 * dimensions, x = W z + m + e with z ~ N(0, I₂) and e ~ N(0, 0.25 I₅). W's columns are orthogonal, of lengths 3
 * and 1.5, so the population covariance W Wᵀ + 0.25 I has eigenvalues 9.25, 2.5, 0.25, 0.25, 0.25.
 * Run from the repository: {@code java tools/PpcaData.java assets/lessons/data/ppca-5d.csv}.
 */
public final class PpcaData {
    static final int ROWS = 2000;
    static final long SEED = 5;
    static final double NOISE_SD = 0.5;
    static final double[] MEAN = {1, -1, 0.5, 2, 0};
    /**
     * Orthogonal unit vectors u₁ = (3, 1, 0.5, 1, 0)/√11.25 and u₂ = (0, 1, 0, −1, 1)/√3, scaled by 3 and 1.5. The
     * features' spreads then differ (standard deviations 0.67 to 2.73), so that standardising them would make the
     * noise unequal across features and the model no longer pPCA.
     */
    static final double[][] W_COLUMNS = {
        scaled(3 / Math.sqrt(11.25), 3, 1, 0.5, 1, 0),
        scaled(1.5 / Math.sqrt(3), 0, 1, 0, -1, 1)};

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java tools/PpcaData.java OUT.csv");
            System.exit(2);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder csv = new StringBuilder("x1,x2,x3,x4,x5\n");
        for (int r = 0; r < ROWS; r++) {
            double z1 = random.nextGaussian();
            double z2 = random.nextGaussian();
            for (int j = 0; j < MEAN.length; j++) {
                double x = MEAN[j] + W_COLUMNS[0][j] * z1 + W_COLUMNS[1][j] * z2 + NOISE_SD * random.nextGaussian();
                csv.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.5f", x));
            }
            csv.append('\n');
        }
        Files.writeString(Path.of(args[0]), csv);
    }

    private static double[] scaled(double factor, double... values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
