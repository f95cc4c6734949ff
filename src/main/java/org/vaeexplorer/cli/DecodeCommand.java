package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.network.Vae;

/** {@code decode}: the decoder's mean for each latent point of a CSV file. */
final class DecodeCommand implements Command {

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String usage() {
        return "decode --model model.vae --in z.csv [--out x.csv]\n"
                + "        z.csv holds one latent point per row, as many columns as the latent dimension";
    }

    @Override
    public Set<String> options() {
        return Set.of("model", "in", "out", "threads");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Vae model = Inputs.model(args);
        Dataset z = CsvReader.read(args.path("in"), null);
        if (z.cols() != model.latentDim()) {
            throw new UsageException("--in " + args.required("in") + ": has " + z.cols()
                    + " columns, but the model's latent dimension is " + model.latentDim());
        }
        CsvOutput.write(target, out, featureHeader(model), (from, to) -> model.decode(z.copyRows(from, to), to - from),
                z.rows(), null, null);
        return 0;
    }

    static List<String> featureHeader(Vae model) {
        List<String> header = new ArrayList<>();
        for (int j = 0; j < model.inputDim(); j++) {
            header.add("x" + (j + 1));
        }
        return header;
    }
}
