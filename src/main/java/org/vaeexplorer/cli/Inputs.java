package org.vaeexplorer.cli;

import java.nio.file.Path;
import java.util.Set;
import org.vaeexplorer.model.DataFormatException;
import org.vaeexplorer.model.Dataset;
import org.vaeexplorer.model.DatasetCatalog;
import org.vaeexplorer.model.ModelFile;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeSnapshot;
import org.nd4j.linalg.api.buffer.DataType;

/** Reading datasets and models named on the command line, the same way for every command. */
final class Inputs {
    static final Set<String> DATA_OPTIONS = Set.of("data", "labels", "label-column", "points", "noise", "data-seed");

    private Inputs() {
    }

    /** {@code --data} as a built-in name or a file path, with the options that go with it. */
    static Dataset data(Args args) throws UsageException, DataFormatException {
        String data = args.required("data");
        if (DatasetCatalog.isBuiltIn(data)) {
            int points = args.integer("points", 2000);
            double noise = args.number("noise", Double.NaN);
            try {
                return DatasetCatalog.builtIn(data, points, noise, args.longInteger("data-seed", 0));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--data " + data + ": " + e.getMessage());
            }
        }
        Path file = Path.of(data);
        if (!file.toFile().exists() && !data.contains("/") && !data.contains(".")) {
            throw new UsageException("--data: '" + data + "' is neither a file nor a built-in dataset (built in: "
                    + String.join(", ", DatasetCatalog.builtInNames()) + ")");
        }
        Path labels = args.has("labels") ? Path.of(args.required("labels")) : null;
        return DatasetCatalog.load(file, labels, args.string("label-column", null));
    }

    static Vae model(Args args) throws UsageException, DataFormatException {
        VaeSnapshot snapshot = ModelFile.load(args.path("model"));
        return Vae.fromSnapshot(snapshot, DataType.FLOAT);
    }

    static void checkWidth(Vae model, Dataset data) throws UsageException {
        if (model.inputDim() != data.cols()) {
            throw new UsageException("the model expects " + model.inputDim() + " features per row, but '"
                    + data.name() + "' has " + data.cols());
        }
    }
}
