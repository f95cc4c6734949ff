import java.util.stream.IntStream;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.training.HoldoutSplit;

/**
 * Time to make a held-out split of MNIST's size (60,000 rows, 10 classes, a tenth held out), random and stratified
 * or the last rows; median of 50 runs after 50 of warm-up (decision 0027).
 *   ./mvnw -q package -DskipTests && java -cp target/vae-explorer.jar tools/MeasureSplit.java
 */
public class MeasureSplit {
    public static void main(String[] args) {
        int rows = 60_000;
        int[] labels = IntStream.range(0, rows).map(r -> r % 10).toArray();
        for (HoldoutFrom from : HoldoutFrom.values()) {
            for (int[] l : new int[][] {labels, null}) {
                long[] times = new long[100];
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    HoldoutSplit.of(rows, l, rows / 10, i, from);
                    times[i] = System.nanoTime() - start;
                }
                long[] measured = java.util.Arrays.copyOfRange(times, 50, 100);
                java.util.Arrays.sort(measured);
                System.out.printf("%-6s %-10s median %.2f ms%n", from.id(), l == null ? "unlabelled" : "labelled",
                        measured[25] / 1e6);
            }
        }
    }
}
