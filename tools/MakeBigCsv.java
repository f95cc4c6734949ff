import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large numeric CSV for timing the CSV reader (the file is not committed; make it where there is room).
 * Run with the JDK alone:
 *
 * <pre>
 *   java tools/MakeBigCsv.java pixels 200 /tmp/big-pixels.csv   # a label + 784 pixels, ¾ zeros (MNIST as CSV)
 *   java tools/MakeBigCsv.java table 200 /tmp/big-table.csv     # 13 decimals like the UCI wine table + a text class
 * </pre>
 *
 * The second argument is the size in MB (10^6 bytes); rows are written until it is reached. Seeded: the same
 * arguments give the same file.
 */
public final class MakeBigCsv {
    private static final String[] WINE_HEADER = {"alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium",
        "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
        "od280/od315_of_diluted_wines", "proline"};
    /** Each wine column's typical centre and spread, and how many decimals it is written with. */
    private static final double[][] WINE_COLUMNS = {{13, 0.8, 2}, {2.3, 1.1, 2}, {2.4, 0.3, 2}, {19.5, 3.3, 1},
        {99.7, 14, 1}, {2.3, 0.6, 2}, {2, 1, 2}, {0.36, 0.12, 2}, {1.6, 0.6, 2}, {5.1, 2.3, 8}, {0.96, 0.23, 3},
        {2.6, 0.7, 2}, {747, 315, 1}};

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("pixels") || args[0].equals("table"))) {
            System.err.println("usage: java tools/MakeBigCsv.java pixels|table MEGABYTES OUT.csv");
            System.exit(2);
        }
        long target = Long.parseLong(args[1]) * 1_000_000L;
        Random random = new Random(20261205L);
        StringBuilder line = new StringBuilder();
        long written = 0;
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            line.append(args[0].equals("pixels") ? pixelHeader() : String.join(",", WINE_HEADER) + ",target");
            while (written < target) {
                line.append('\n');
                out.append(line);
                written += line.length();
                line.setLength(0);
                if (args[0].equals("pixels")) {
                    pixelRow(line, random);
                } else {
                    tableRow(line, random);
                }
                rows++;
            }
        }
        System.out.printf("%s: %d data rows, %d bytes%n", args[2], rows - 1, written);
    }

    private static String pixelHeader() {
        StringBuilder header = new StringBuilder("label");
        for (int r = 1; r <= 28; r++) {
            for (int c = 1; c <= 28; c++) {
                header.append(',').append(r).append('x').append(c);
            }
        }
        return header.toString();
    }

    private static void pixelRow(StringBuilder line, Random random) {
        line.append(random.nextInt(10));
        for (int p = 0; p < 784; p++) {
            line.append(',').append(random.nextInt(4) == 0 ? 1 + random.nextInt(255) : 0);
        }
    }

    private static void tableRow(StringBuilder line, Random random) {
        int cultivar = 1 + random.nextInt(3);
        for (double[] column : WINE_COLUMNS) {
            double v = Math.abs(column[0] + column[1] * random.nextGaussian() + 0.1 * cultivar);
            line.append(String.format(java.util.Locale.ROOT, "%." + (int) column[2] + "f", v)).append(',');
        }
        line.append("cultivar ").append(cultivar);
    }
}
