package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.text.Texts;

/** {@code sample}: decoder means of draws from the prior, as CSV. */
final class SampleCommand implements Command {
    private static final int MAX_COUNT = 1_000_000;

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String usage() {
        return "sample --model model.vae [--count 100] [--seed 1] [--out x.csv]\n" + Texts.get("cli.sample.usage");
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
        if (count < 1 || count > MAX_COUNT) {
            throw new UsageException(Texts.get("cli.usage.count", Integer.toString(MAX_COUNT),
                    Integer.toString(count)));
        }
        // One stream of z through every chunk, as Vae.samplePrior draws them: the same seed gives the same samples.
        SplittableRandom random = new SplittableRandom(args.longInteger("seed", 1));
        int l = model.latentDim();
        CsvOutput.write(target, out, DecodeCommand.featureHeader(model), (from, to) -> {
            float[] z = new float[(to - from) * l];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) random.nextGaussian();
            }
            return model.decode(z, to - from);
        }, count, null, null);
        return 0;
    }
}
