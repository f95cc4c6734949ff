import java.nio.file.Path;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.Dataset;

/**
 * Reads one CSV file with the app's reader and nothing else, for timing it from outside (the whole process under
 * {@code /usr/bin/time -v}: wall and CPU seconds, peak RSS). Uses {@code CsvReader.read(file, labelColumn)}, which
 * the previous release has too, so the same command times either jar:
 *
 * <pre>
 *   java tools/MakeBigCsv.java pixels 200 /tmp/big-pixels.csv
 *   javac -cp target/classes -d /tmp/readcsv tools/ReadCsv.java
 *   /usr/bin/time -v java -Xmx1200m -cp target/classes:/tmp/readcsv ReadCsv /tmp/big-pixels.csv label
 *   /usr/bin/time -v java -Xmx1200m -cp /tmp/base/vae-explorer.jar:/tmp/readcsv ReadCsv /tmp/big-pixels.csv label
 * </pre>
 */
public final class ReadCsv {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Dataset data = CsvReader.read(Path.of(args[0]), args.length > 1 ? args[1] : null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = java.nio.file.Files.size(Path.of(args[0]));
        System.out.printf("%d rows x %d features (%.1f MB of floats) in %.2f s = %.1f MB/s%n", data.rows(),
                data.cols(), data.rows() * (double) data.cols() * 4 / 1e6, seconds, bytes / 1e6 / seconds);
    }
}
