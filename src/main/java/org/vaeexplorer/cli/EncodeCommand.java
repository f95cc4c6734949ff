package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.text.Texts;

/** {@code encode}: the posterior mean and σ of every row, as CSV. */
final class EncodeCommand implements Command {

    @Override
    public String name() {
        return "encode";
    }

    @Override
    public String usage() {
        return "encode --model model.vae --data NAME|FILE [--out z.csv]\n" + Texts.get("cli.encode.usage");
    }

    @Override
    public Set<String> options() {
        Set<String> options = new HashSet<>(Inputs.DATA_OPTIONS);
        options.addAll(List.of("model", "out", "threads"));
        return options;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Vae model = Inputs.model(args);
        Dataset data = Inputs.data(args, err);
        Inputs.checkCompatible(model, data, args);
        int l = model.latentDim();
        List<String> header = new ArrayList<>();
        for (int k = 0; k < l; k++) {
            header.add("mu" + (k + 1));
        }
        for (int k = 0; k < l; k++) {
            header.add("sigma" + (k + 1));
        }
        CsvOutput.TextColumn label = data.hasLabels() ? r -> data.classNames().get(data.label(r)) : null;
        CsvOutput.write(target, out, header, (from, to) -> {
            Encoding q = model.encode(data.copyRows(from, to), to - from);
            float[] table = new float[(to - from) * 2 * l];
            for (int r = 0; r < to - from; r++) {
                System.arraycopy(q.mean(), r * l, table, r * 2 * l, l);
                System.arraycopy(q.sigma(), r * l, table, r * 2 * l + l, l);
            }
            return table;
        }, data.rows(), label, "label");
        return 0;
    }
}
