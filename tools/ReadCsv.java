import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.Dataset;

/**
 * Reads one CSV file with the app's reader and nothing else, for timing it: prints each reading's wall and CPU
 * seconds (CPU time is the fairer figure on a busy machine), and the whole process can be measured from outside
 * ({@code /usr/bin/time -v}: peak RSS). Uses {@code CsvReader.read(file, labelColumn)}, which the previous release
 * has too, so the same command times either jar:
 *
 * <pre>
 *   java tools/MakeBigCsv.java pixels 200 /tmp/big-pixels.csv
 *   javac -cp target/classes -d /tmp/readcsv tools/ReadCsv.java
 *   /usr/bin/time -v java -Xmx1200m -cp target/classes:/tmp/readcsv ReadCsv /tmp/big-pixels.csv label
 *   /usr/bin/time -v java -Xmx1200m -cp /tmp/base/vae-explorer.jar:/tmp/readcsv ReadCsv /tmp/big-pixels.csv label
 * </pre>
 *
 * A third argument reads the file that many times in one process (the later readings run compiled code).
 */
public final class ReadCsv {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String label = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        int times = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        double megabytes = Files.size(file) / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < times; k++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Dataset data = CsvReader.read(file, label);
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%d rows x %d features (%.1f MB of floats): %.2f s wall = %.1f MB/s, %.2f s CPU = %.1f"
                    + " MB/s%n", data.rows(), data.cols(), data.rows() * (double) data.cols() * 4 / 1e6, seconds,
                    megabytes / seconds, cpuSeconds, megabytes / cpuSeconds);
        }
    }
}
