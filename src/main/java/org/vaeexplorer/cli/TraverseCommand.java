package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.LatentPaths;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.text.Texts;

/**
 * {@code traverse}: for each latent dimension in turn, that dimension varied from −range to +range with the others
 * held at a given point, decoded: the β-VAE way of reading what a dimension means.
 */
final class TraverseCommand implements Command {
    static final int MAX_STEPS = 100;
    static final double MAX_RANGE = 100;

    @Override
    public String name() {
        return "traverse";
    }

    @Override
    public String usage() {
        return "traverse --model model.vae --at \"z1,z2,...\" [--steps 9] [--range 3] [--out grid.csv|grid.png]\n"
                + Texts.get("cli.traverse.usage");
    }

    @Override
    public Set<String> options() {
        return Set.of("model", "at", "steps", "range", "out", "threads");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Vae model = Inputs.model(args);
        int l = model.latentDim();
        float[] at = LatentOutput.point(args, "at", l);
        int steps = args.integer("steps", 9);
        if (steps < 2 || steps > MAX_STEPS) {
            throw new UsageException(Texts.get("hard.latent.steps", Integer.toString(MAX_STEPS),
                    Integer.toString(steps)));
        }
        double range = args.number("range", LatentPaths.DEFAULT_REACH);
        if (!(range > 0) || range > MAX_RANGE) {
            throw new UsageException(Texts.get("hard.latent.range", Double.toString(MAX_RANGE),
                    Double.toString(range)));
        }
        float[] z = LatentPaths.traversal(at, LatentPaths.traversalValues(steps, range));
        LatentOutput.write(target, out, model, z, l * steps, steps, row -> "z" + (row / steps + 1), "varied");
        return Cli.OK;
    }
}
