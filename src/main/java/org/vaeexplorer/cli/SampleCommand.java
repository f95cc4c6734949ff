package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.PriorSamples;
import org.vaeexplorer.model.network.Vae;

/** {@code sample}: decoder means of draws from the prior, as CSV. */
final class SampleCommand implements Command {

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String usage() {
        return "sample --model model.vae [--count 100] [--seed 1] [--out x.csv]\n"
                + "        the decoder's mean for z drawn from N(0, I); one row per draw";
    }

    @Override
    public Set<String> options() {
        return Set.of("model", "count", "seed", "out", "threads");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Vae model = Inputs.model(args);
        int count = args.integer("count", 100);
        if (count < 1 || count > 1_000_000) {
            throw new UsageException("--count must be 1 to 1000000, not " + count);
        }
        PriorSamples samples = model.samplePrior(count, args.longInteger("seed", 1));
        CsvOutput.write(target, out, DecodeCommand.featureHeader(model),
                samples.x(), count, null, null);
        return 0;
    }
}
