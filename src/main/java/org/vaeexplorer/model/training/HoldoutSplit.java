package org.vaeexplorer.model.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * Which rows train and which are held out: a pure function of the row count, the labels, the held-out count, the
 * seed and {@link HoldoutFrom}, so that training, its held-out figures, {@code eval} and every view that asks get the
 * same rows. {@link HoldoutFrom#END} holds out the last rows; {@link HoldoutFrom#RANDOM} a seeded sample, stratified
 * by label when there are labels: each class gives its share of the held-out rows (rounded so that the shares add
 * up), and when there are at least as many held-out rows as classes of two or more rows, each such class gives at
 * least one and keeps at least one for training. Both index lists are ascending, so that the rows keep the order
 * of the file within each part.
 */
public final class HoldoutSplit {
    private final int rows;
    private final int[] trainRows;
    private final int[] heldOutRows;
    private final HoldoutFrom from;
    private final boolean stratified;
    private final long seed;

    private HoldoutSplit(int rows, boolean[] heldOut, HoldoutFrom from, boolean stratified, long seed) {
        this.rows = rows;
        this.trainRows = IntStream.range(0, rows).filter(r -> !heldOut[r]).toArray();
        this.heldOutRows = IntStream.range(0, rows).filter(r -> heldOut[r]).toArray();
        this.from = from;
        this.stratified = stratified;
        this.seed = seed;
    }

    /** The split a configuration makes of a dataset (its labels, when it has them, stratify a random split). */
    public static HoldoutSplit of(VaeConfig config, Dataset data) {
        int[] labels = null;
        if (data.hasLabels()) {
            labels = new int[data.rows()];
            for (int r = 0; r < labels.length; r++) {
                labels[r] = data.label(r);
            }
        }
        return of(data.rows(), labels, config.holdoutRows(), config.seed(), config.holdoutFrom());
    }

    /**
     * @param labels  each row's class (non-negative), or {@code null} when the rows have none
     * @param heldOut how many rows to hold out, 0 to {@code rows}
     * @throws IllegalArgumentException when the counts do not fit
     */
    public static HoldoutSplit of(int rows, int[] labels, int heldOut, long seed, HoldoutFrom from) {
        if (rows < 0 || heldOut < 0 || heldOut > rows || (labels != null && labels.length != rows)) {
            throw new IllegalArgumentException("cannot hold out " + heldOut + " of " + rows + " rows");
        }
        boolean[] out = new boolean[rows];
        if (from == HoldoutFrom.END) {
            Arrays.fill(out, rows - heldOut, rows, true);
            return new HoldoutSplit(rows, out, from, false, seed);
        }
        int[][] classes = labels == null ? new int[][] {IntStream.range(0, rows).toArray()} : byClass(labels);
        int[] quota = quotas(Arrays.stream(classes).mapToInt(c -> c.length).toArray(), heldOut);
        SplittableRandom random = NoiseStreams.holdout(seed);
        for (int k = 0; k < classes.length; k++) {
            int[] members = classes[k];
            // The first quota[k] places of a Fisher–Yates shuffle: a uniform sample of the class's rows.
            for (int i = 0; i < quota[k]; i++) {
                int j = i + random.nextInt(members.length - i);
                int chosen = members[j];
                members[j] = members[i];
                members[i] = chosen;
                out[chosen] = true;
            }
        }
        return new HoldoutSplit(rows, out, from, labels != null, seed);
    }

    /** Each class's rows in file order, classes by label (labels without rows make empty classes). */
    private static int[][] byClass(int[] labels) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] size = new int[classes];
        for (int label : labels) {
            size[label]++;
        }
        int[][] members = new int[classes][];
        for (int k = 0; k < classes; k++) {
            members[k] = new int[size[k]];
        }
        int[] filled = new int[classes];
        for (int r = 0; r < labels.length; r++) {
            members[labels[r]][filled[labels[r]]++] = r;
        }
        return members;
    }

    /**
     * How many rows each class gives: its exact share {@code heldOut · size / rows}, rounded by largest remainder
     * within bounds (at least one from a class of two or more rows when the held-out rows suffice for that, at most
     * all but one, unless the count needs more). Each class ends within one row of its exact share unless the
     * minimum of one per class forces otherwise.
     */
    static int[] quotas(int[] sizes, int heldOut) {
        int n = Arrays.stream(sizes).sum();
        int k = sizes.length;
        double[] exact = new double[k];
        int[] low = new int[k];
        int[] high = new int[k];
        boolean everyClass = heldOut >= Arrays.stream(sizes).filter(s -> s >= 2).count();
        for (int c = 0; c < k; c++) {
            exact[c] = n == 0 ? 0 : (double) heldOut * sizes[c] / n;
            low[c] = everyClass && sizes[c] >= 2 ? 1 : 0;
            high[c] = sizes[c] >= 2 ? sizes[c] - 1 : 0;
        }
        if (Arrays.stream(high).sum() < heldOut) {
            high = sizes.clone();
        }
        int[] quota = new int[k];
        int sum = 0;
        for (int c = 0; c < k; c++) {
            quota[c] = Math.max(low[c], Math.min(high[c], (int) Math.floor(exact[c])));
            sum += quota[c];
        }
        // Rows still to give go first to the classes furthest below their share; rows given too many (only the
        // minimum of one can cause that) come back first from those furthest above it.
        Integer[] byDeficit = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(byDeficit, Comparator.comparingDouble(c -> quota[c] - exact[c]));
        while (sum < heldOut) {
            for (int i = 0; i < k && sum < heldOut; i++) {
                int c = byDeficit[i];
                if (quota[c] < high[c]) {
                    quota[c]++;
                    sum++;
                }
            }
        }
        while (sum > heldOut) {
            for (int i = k - 1; i >= 0 && sum > heldOut; i--) {
                int c = byDeficit[i];
                if (quota[c] > low[c]) {
                    quota[c]--;
                    sum--;
                }
            }
        }
        return quota;
    }

    /** The training rows, ascending. */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** The held-out rows, ascending. */
    public int[] heldOutRows() {
        return heldOutRows.clone();
    }

    public int trainCount() {
        return trainRows.length;
    }

    public int heldOutCount() {
        return heldOutRows.length;
    }

    /** Whether the held-out rows are the last ones, so that the training rows come first in the data. */
    public boolean heldOutAtEnd() {
        return from == HoldoutFrom.END || heldOutRows.length == 0
                || heldOutRows[0] == rows - heldOutRows.length;
    }

    /** The held-out rows of row-major {@code values} with {@code cols} columns, in one array, in row order. */
    public float[] heldOutValues(float[] values, int cols) {
        float[] out = new float[heldOutRows.length * cols];
        for (int i = 0; i < heldOutRows.length; i++) {
            System.arraycopy(values, heldOutRows[i] * cols, out, i * cols, cols);
        }
        return out;
    }

    public boolean isHeldOut(int row) {
        return Arrays.binarySearch(heldOutRows, row) >= 0;
    }

    /** The split in words for the user, e.g. "held out: 18 of 178 rows, random, stratified by label (seed 1)". */
    public String describe() {
        return describe(heldOutRows.length, rows, from, stratified, seed);
    }

    /** As {@link #describe()}, from the figures alone: what the split of such settings will be, before it is made. */
    public static String describe(int heldOut, int rows, HoldoutFrom from, boolean labelled, long seed) {
        String count = String.valueOf(heldOut);
        String total = String.valueOf(rows);
        if (heldOut == 0) {
            return Texts.get("split.describe.none", total);
        }
        if (from == HoldoutFrom.END) {
            return Texts.get("split.describe.end", count, total);
        }
        return Texts.get(labelled ? "split.describe.stratified" : "split.describe.random", count, total,
                Long.toString(seed));
    }
}
