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
import org.vaeexplorer.text.Texts;

/** {@code decode}: the decoder's mean for each latent point of a CSV file. */
final class DecodeCommand implements Command {

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String usage() {
        return "decode --model model.vae --in z.csv [--out x.csv]\n" + Texts.get("cli.decode.usage");
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
        // Plain numbers, or encode's table with its label column set aside.
        Dataset z = CsvReader.readLabelledIfNamed(args.path("in"), "label");
        int l = model.latentDim();
        boolean fromEncode = z.cols() == 2 * l && z.featureNames().get(0).equals("mu1")
                && z.featureNames().get(l).equals("sigma1");
        if (z.cols() != l && !fromEncode) {
            throw new UsageException(Texts.get("cli.usage.latentColumns", args.required("in"),
                    Integer.toString(z.cols()), Integer.toString(l)));
        }
        CsvOutput.write(target, out, featureHeader(model), (from, to) -> {
            float[] rows = z.copyRows(from, to);
            if (fromEncode) {
                // encode's rows are mu1..muL, sigma1..sigmaL: the means are what to decode.
                float[] means = new float[(to - from) * l];
                for (int r = 0; r < to - from; r++) {
                    System.arraycopy(rows, r * 2 * l, means, r * l, l);
                }
                rows = means;
            }
            return model.decode(rows, to - from);
        }, z.rows(), null, null);
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
