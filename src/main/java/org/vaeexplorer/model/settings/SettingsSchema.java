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

    public static final Setting<List<Integer>> HIDDEN = Setting.integerList("hidden",
            "settings.hidden", "settings.hidden.help",
            1, 4096, 8, List.of(64, 64));
    public static final Setting<Integer> LATENT = Setting.integer("latent",
            "settings.latent", "settings.latent.help", 1, 64, 2);
    public static final Setting<Double> BETA = Setting.real("beta", "settings.beta", "settings.beta.help",
            new Setting.Range(0, true, 1e3), 1.0);
    public static final Setting<Integer> WARMUP = Setting.integer("warmup", "settings.warmup", "settings.warmup.help",
            0, 100_000, 0);
    public static final Setting<Double> LEARNING_RATE = Setting.real("lr", "settings.lr", "settings.lr.help",
            new Setting.Range(1e-8, false, 1.0), 1e-3);
    public static final Setting<Integer> BATCH = Setting.integer("batch",
            "settings.batch", "settings.batch.help", 1, 65_536, 128);
    public static final Setting<Integer> EPOCHS = Setting.integer("epochs", "settings.epochs", "settings.epochs.help",
            1, 1_000_000, 100);
    /** The held-out share as the window's form asks for it: a share survives a change of data, a count not. */
    public static final Setting<Integer> HOLDOUT_PERCENT = Setting.integer("holdout",
            "settings.holdoutPercent", "settings.holdoutPercent.help", 0, 90, 10);
    public static final Setting<Integer> HOLDOUT = Setting.integer("holdout",
            "settings.holdout", "settings.holdout.help", 0, Integer.MAX_VALUE, 0)
            .withDefaultNote("settings.holdout.default", HOLDOUT_PERCENT.defaultValue());
    /** Which rows are held out; a file or lesson written before this choice existed held out its last rows. */
    public static final Setting<HoldoutFrom> HOLDOUT_FROM = Setting.choice("holdout-from", "split.setting.from",
            "split.setting.from.help", HoldoutFrom.values(), HoldoutFrom::id, HoldoutFrom::label, HoldoutFrom.RANDOM);
    public static final Setting<Long> SEED = Setting.seed("seed", "settings.seed", "settings.seed.help", 1L);
    public static final Setting<Double> VARIANCE = Setting.real("variance",
            "settings.variance", "settings.variance.help",
            new Setting.Range(1e-6, false, 1e3), 0.1);
    public static final Setting<Activation> ACTIVATION = Setting.choice("activation",
            "settings.activation", "settings.activation.help",
            Activation.values(), Activation::id, Activation::id, Activation.RELU);
    public static final Setting<Likelihood> LIKELIHOOD = Setting.choice("likelihood",
            "settings.likelihood", "settings.likelihood.help",
            Likelihood.values(), Likelihood::id, Likelihood::label, Likelihood.GAUSSIAN_DIAGONAL)
            .withDefaultNote("settings.likelihood.default");
    /** The model choice; a file or lesson written before it existed holds a VAE. */
    public static final Setting<ModelKind> MODEL = Setting.choice("model", "side.setting.model",
            "side.setting.model.help", ModelKind.values(), ModelKind::id, ModelKind::label, ModelKind.VAE);

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
            new Component<>(HOLDOUT_FROM, VaeConfig::holdoutFrom, VaeConfig::withHoldoutFrom),
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
     * Each setting's text as model files and lessons store it: as {@link #toText}, but a setting added after files
     * existed only when its value is not what a file without it means ({@link #readsAsMissing}), so that such a file
     * is byte for byte what it was before the setting existed, and older versions still read it.
     */
    public static Map<String, String> toStoredText(VaeConfig config) {
        Map<String, String> texts = toText(config);
        if (config.model() == MODEL.defaultValue()) {
            texts.remove(MODEL.key());
        }
        if (config.holdoutFrom() == HoldoutFrom.END) {
            texts.remove(HOLDOUT_FROM.key());
        }
        return texts;
    }

    /**
     * Whether a model file or lesson may lack this setting (it was added after such files existed); the
     * configuration then keeps the value {@link #storedDefaults()} gives it.
     */
    public static boolean readsAsMissing(Setting<?> setting) {
        return setting == MODEL || setting == HOLDOUT_FROM;
    }

    /**
     * The defaults a stored file is read onto: those of {@link VaeConfig#defaults()}, except that a file without
     * {@code holdout-from} held out its last rows, as every version before the choice did.
     */
    public static VaeConfig storedDefaults() {
        return VaeConfig.defaults().withHoldoutFrom(HoldoutFrom.END);
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

    /** {@code percent} % of {@code rows}, rounded down: how many rows are held out. */
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
