// Times ImageFolderReader on a folder three times; at 28x28 grey, compares with the bundled IDX MNIST (docs/decisions/0028).
import java.nio.file.*;
import org.vaeexplorer.model.data.*;
public class FolderBench {
    public static void main(String[] a) throws Exception {
        for (int rep = 0; rep < 3; rep++) {
            long t = System.nanoTime();
            var r = ImageFolderReader.read(Path.of(a[0]), ImageFolderReader.Options.of(a[1], a.length > 2, false), (d, n) -> {}, () -> false);
            System.out.printf("%s %s: %d rows, %d skipped, %.2f s%n", a[0], a[1], r.dataset().rows(), r.skipped().size(), (System.nanoTime() - t) / 1e9);
            if (rep == 2 && a[1].equals("28x28") && a.length == 2) {
                Dataset idx = DatasetCatalog.builtIn("mnist-10k", 0, Double.NaN, 0);
                // Folder rows: class by class, file names (the IDX row number) in order within a class.
                int row = 0; double maxDiff = 0;
                for (int k = 0; k < 10; k++) for (int i = 0; i < idx.rows(); i++) if (idx.label(i) == k) {
                    for (int c = 0; c < 784; c++) maxDiff = Math.max(maxDiff, Math.abs(idx.value(i, c) - r.dataset().value(row, c)));
                    row++;
                }
                System.out.println("largest difference from the IDX values: " + maxDiff);
            }
        }
    }
}
