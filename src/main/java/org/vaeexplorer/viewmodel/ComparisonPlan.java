package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * The runs a comparison trains side by side: each a name and a whole configuration, all on the same data and from
 * the same seed, so that the one setting that differs is the only difference.
 *
 * @param runs two or three runs
 */
public record ComparisonPlan(List<Run> runs) {
    /** The most runs shown side by side: more maps would be too small to read. */
    public static final int MAX_RUNS = 3;

    /** One run: what the legend calls it and its settings. */
    public record Run(String name, VaeConfig config) {
    }

    public ComparisonPlan {
        runs = List.copyOf(runs);
        if (runs.size() < 2 || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("a comparison has 2 to " + MAX_RUNS + " runs, not " + runs.size());
        }
    }

    /** A plain autoencoder against a VAE, otherwise with the given settings. */
    public static ComparisonPlan autoencoderVersusVae(VaeConfig base) {
        return new ComparisonPlan(List.of(
                new Run(Texts.get("side.compare.run.autoencoder"), base.withModel(ModelKind.AUTOENCODER)),
                new Run(Texts.get("side.compare.run.vae"), base.withModel(ModelKind.VAE))));
    }

    /** VAEs with β = 0.1, 1 and 4, otherwise with the given settings. */
    public static ComparisonPlan betas(VaeConfig base) {
        List<Run> runs = new ArrayList<>();
        for (double beta : new double[] {0.1, 1, 4}) {
            runs.add(new Run("β = " + SettingsSchema.BETA.format(beta), base.withModel(ModelKind.VAE)
                    .withBeta(beta)));
        }
        return new ComparisonPlan(runs);
    }

    /**
     * The given settings with one setting varied over two or three values, typed as the settings form takes them.
     *
     * @throws InvalidConfigException naming the setting when a value is not one of its values
     */
    public static ComparisonPlan varying(VaeConfig base, String key, List<String> values) {
        Setting<?> setting = SettingsSchema.setting(key);
        List<String> given = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (given.size() < 2 || given.size() > MAX_RUNS) {
            throw new InvalidConfigException(List.of(new ConfigProblem(key,
                    Texts.get("side.compare.values", setting.label(), MAX_RUNS))));
        }
        List<Run> runs = new ArrayList<>();
        for (String value : given) {
            VaeConfig config = SettingsSchema.withText(base, key, value);
            List<ConfigProblem> problems = config.problems();
            if (!problems.isEmpty()) {
                throw new InvalidConfigException(problems);
            }
            runs.add(new Run(setting.label() + " = " + value, config));
        }
        return new ComparisonPlan(runs);
    }
}
