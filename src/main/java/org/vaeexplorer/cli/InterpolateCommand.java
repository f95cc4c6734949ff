package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.LatentPaths;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.text.Texts;

/** {@code interpolate}: the decoded points of a straight or spherical path between two latent points. */
final class InterpolateCommand implements Command {
    static final int MAX_STEPS = 1000;

    @Override
    public String name() {
        return "interpolate";
    }

    @Override
    public String usage() {
        return "interpolate --model model.vae --from \"z1,z2,...\" --to \"z1,z2,...\" [--steps 10]\n"
                + "        [--path linear|spherical] [--out path.csv|path.png]\n" + Texts.get("cli.interpolate.usage");
    }

    @Override
    public Set<String> options() {
        return Set.of("model", "from", "to", "steps", "path", "out", "threads");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Vae model = Inputs.model(args);
        float[] from = LatentOutput.point(args, "from", model.latentDim());
        float[] to = LatentOutput.point(args, "to", model.latentDim());
        int steps = args.integer("steps", 10);
        if (steps < 2 || steps > MAX_STEPS) {
            throw new UsageException(Texts.get("hard.latent.steps", Integer.toString(MAX_STEPS),
                    Integer.toString(steps)));
        }
        String path = args.string("path", "linear").toLowerCase(Locale.ROOT);
        if (!path.equals("linear") && !path.equals("spherical")) {
            throw new UsageException(Texts.get("hard.latent.path", args.string("path", "")));
        }
        float[] z = LatentPaths.interpolate(from, to, steps, path.equals("spherical"));
        LatentOutput.write(target, out, model, z, steps, steps, null, null);
        return Cli.OK;
    }
}
