package org.vaeexplorer.model.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;

/**
 * Every setting of a {@link VaeConfig}, each defined once, in the order a form shows them. The configuration's
 * validation and defaults, the model file's header, the command line's options and help, and the window's form
 * and remembered preferences all derive from this list. Also the one rule for the defaults that depend on the data.
 */
public final class SettingsSchema {

    public static final Setting<List<Integer>> HIDDEN = Setting.integerList("hidden", "Hidden layers",
            "Widths of the encoder's hidden layers, comma-separated (the decoder mirrors them). More and wider "
                    + "layers can fit more complex data but train more slowly; empty means a linear model.",
            1, 4096, 8, List.of(64, 64));
    public static final Setting<Integer> LATENT = Setting.integer("latent", "Latent dimensions",
            "Dimension of z. Two can be drawn directly; more can encode more, shown two at a time.", 1, 64, 2);
    public static final Setting<Double> BETA = Setting.real("beta", "β (KL weight)",
            "Weight of the KL term in the loss. 1 is the true ELBO; above 1 pushes posteriors towards the prior "
                    + "(smoother, less detailed); below 1 favours reconstruction. The window applies a change "
                    + "from the next epoch.",
            new Setting.Range(0, true, 1e3), 1.0);
    public static final Setting<Integer> WARMUP = Setting.integer("warmup", "KL warm-up (epochs)",
            "β rises linearly from 0 over this many epochs, which helps avoid posterior collapse. 0: no warm-up.",
            0, 100_000, 0);
    public static final Setting<Double> LEARNING_RATE = Setting.real("lr", "Learning rate",
            "Adam's step size. Too large and training diverges; too small and it crawls. The window applies a "
                    + "change from the next epoch.",
            new Setting.Range(1e-8, false, 1.0), 1e-3);
    public static final Setting<Integer> BATCH = Setting.integer("batch", "Batch size",
            "Examples per gradient step. Smaller batches give noisier, more frequent steps.", 1, 65_536, 128);
    public static final Setting<Integer> EPOCHS = Setting.integer("epochs", "Epochs",
            "Passes over the training data that one run makes (in the window: one press of Train).",
            1, 1_000_000, 100);
    /** The held-out share as the window's form asks for it: a share survives a change of data, a count not. */
    public static final Setting<Integer> HOLDOUT_PERCENT = Setting.integer("holdout", "Held out (%)",
            "Share of the data (its last rows) kept out of training to measure generalisation.", 0, 90, 10);
    public static final Setting<Integer> HOLDOUT = Setting.integer("holdout", "Held-out rows",
            "The last rows of the data, kept out of training to measure generalisation.", 0, Integer.MAX_VALUE, 0)
            .withDefaultNote("the last " + HOLDOUT_PERCENT.defaultValue() + "% of the rows");
    public static final Setting<Long> SEED = Setting.seed("seed", "Seed",
            "Seeds initialisation, shuffling and sampling: the same seed reproduces the same run.", 1L);
    public static final Setting<Double> VARIANCE = Setting.real("variance", "Fixed variance",
            "σ² of the decoder for the fixed-variance Gaussian likelihood, in standardised units. Smaller values "
                    + "weigh reconstruction more against the KL term.",
            new Setting.Range(1e-6, false, 1e3), 0.1);
    public static final Setting<Activation> ACTIVATION = Setting.choice("activation", "Activation",
            "The nonlinearity of every hidden layer: relu and elu train fastest, tanh is smooth, identity makes the "
                    + "whole model linear (probabilistic PCA, with one Gaussian variance in the data's units).",
            Activation.values(), Activation::id, Activation::id, Activation.RELU);
    public static final Setting<Likelihood> LIKELIHOOD = Setting.choice("likelihood", "Likelihood",
            "The decoder's model of the data p(x|z): Bernoulli for intensities in [0, 1] such as images; Gaussian "
                    + "for any real numbers, with a fixed variance or one the model learns: one for all features "
                    + "once each is standardised, one for all features in the data's own units (with no hidden "
                    + "layers the model is then probabilistic PCA), or one per feature.",
            Likelihood.values(), Likelihood::id, Likelihood::label, Likelihood.GAUSSIAN_DIAGONAL)
            .withDefaultNote("bernoulli for images or 0/1 data, all in [0, 1]; otherwise gaussian-diagonal");
    /** The model choice; a file or lesson written before it existed holds a VAE. */
    public static final Setting<ModelKind> MODEL = Setting.choice("model", Texts.get("side.setting.model"),
            Texts.get("side.setting.model.help"), ModelKind.values(), ModelKind::id, ModelKind::label, ModelKind.VAE);

    /** How one setting is read from and written into a configuration. */
    private record Component<T>(Setting<T> setting, Function<VaeConfig, T> read,
            BiFunction<VaeConfig, T, VaeConfig> write) {
        String text(VaeConfig config) {
            return setting.format(read.apply(config));
        }

        VaeConfig withText(VaeConfig config, String text) {
            return write.apply(config, setting.parse(text));
        }

        String problemIn(VaeConfig config) {
            return setting.problemWith(read.apply(config));
        }
    }

    private static final List<Component<?>> COMPONENTS = List.of(
            new Component<>(HIDDEN, VaeConfig::hiddenLayers, VaeConfig::withHiddenLayers),
            new Component<>(LATENT, VaeConfig::latentDim, VaeConfig::withLatentDim),
            new Component<>(BETA, VaeConfig::beta, VaeConfig::withBeta),
            new Component<>(WARMUP, VaeConfig::warmupEpochs, VaeConfig::withWarmupEpochs),
            new Component<>(LEARNING_RATE, VaeConfig::learningRate, VaeConfig::withLearningRate),
            new Component<>(BATCH, VaeConfig::batchSize, VaeConfig::withBatchSize),
            new Component<>(EPOCHS, VaeConfig::epochs, VaeConfig::withEpochs),
            new Component<>(HOLDOUT, VaeConfig::holdoutRows, VaeConfig::withHoldoutRows),
            new Component<>(SEED, VaeConfig::seed, VaeConfig::withSeed),
            new Component<>(VARIANCE, VaeConfig::fixedVariance, VaeConfig::withFixedVariance),
            new Component<>(ACTIVATION, VaeConfig::activation, VaeConfig::withActivation),
            new Component<>(LIKELIHOOD, VaeConfig::likelihood, VaeConfig::withLikelihood),
            new Component<>(MODEL, VaeConfig::model, VaeConfig::withModel));

    private static final List<Setting<?>> SETTINGS = COMPONENTS.stream().<Setting<?>>map(Component::setting)
            .toList();

    private SettingsSchema() {
    }

    /** Every setting of a configuration, in the order a form shows them. */
    public static List<Setting<?>> settings() {
        return SETTINGS;
    }

    /** @throws IllegalArgumentException when no setting has this key */
    public static Setting<?> setting(String key) {
        return component(key).setting();
    }

    /** Each setting's key and its value as text, in form order. */
    public static Map<String, String> toText(VaeConfig config) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Component<?> c : COMPONENTS) {
            texts.put(c.setting().key(), c.text(config));
        }
        return texts;
    }

    /**
     * Each setting's text as model files and lessons store it: as {@link #toText}, but the model choice only when it
     * is not a VAE, so that a VAE's file is byte for byte what it was before the choice existed (a missing choice
     * reads as a VAE, and older versions still read the file).
     */
    public static Map<String, String> toStoredText(VaeConfig config) {
        Map<String, String> texts = toText(config);
        if (config.model() == MODEL.defaultValue()) {
            texts.remove(MODEL.key());
        }
        return texts;
    }

    /**
     * The configuration with one setting read from text; the value's range is checked later, by
     * {@link VaeConfig#problems()}.
     *
     * @throws InvalidConfigException naming the setting when the text is not a value of its kind
     * @throws IllegalArgumentException when no setting has this key
     */
    public static VaeConfig withText(VaeConfig config, String key, String text) {
        return component(key).withText(config, text);
    }

    /** Every value of the configuration outside its setting's range, in form order. */
    static List<ConfigProblem> problems(VaeConfig config) {
        List<ConfigProblem> found = new ArrayList<>();
        for (Component<?> c : COMPONENTS) {
            String problem = c.problemIn(config);
            if (problem != null) {
                found.add(new ConfigProblem(c.setting().key(), problem));
            }
        }
        return found;
    }

    /** The defaults for this data: its default likelihood and held-out share applied to {@link VaeConfig#defaults}. */
    public static VaeConfig defaultsFor(Dataset data) {
        return VaeConfig.defaults().withLikelihood(defaultLikelihood(data))
                .withHoldoutRows(holdoutRows(data.rows(), HOLDOUT_PERCENT.defaultValue()));
    }

    /** The last {@code percent} of {@code rows}, rounded down. */
    public static int holdoutRows(int rows, int percent) {
        return (int) ((long) rows * percent / 100);
    }

    /**
     * The likelihood a user expects for this data: Bernoulli when every value lies in [0, 1] and the rows are
     * images (intensities) or every value is 0 or 1 (binary features); otherwise a Gaussian with a learned variance
     * per feature, which fits any real numbers without a variance to choose.
     */
    public static Likelihood defaultLikelihood(Dataset data) {
        float[] range = data.valueRange();
        boolean unitRange = range[0] >= 0 && range[1] <= 1;
        return unitRange && (data.imageShape() != null || data.isBinary()) ? Likelihood.BERNOULLI
                : Likelihood.GAUSSIAN_DIAGONAL;
    }

    /**
     * The likelihood after loading new data while {@code chosen} is selected: the data's default when that is
     * Bernoulli (images or binary data) or when the chosen one does not fit the data; otherwise the user's choice
     * stays.
     */
    public static Likelihood likelihoodOnLoading(Dataset data, Likelihood chosen) {
        Likelihood suggested = defaultLikelihood(data);
        boolean keep = chosen != null && suggested != Likelihood.BERNOULLI && chosen.problemWith(data) == null;
        return keep ? chosen : suggested;
    }

    private static Component<?> component(String key) {
        for (Component<?> c : COMPONENTS) {
            if (c.setting().key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no setting '" + key + "'");
    }
}
