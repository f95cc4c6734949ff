package org.vaeexplorer.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.data.ToyDataset;

class SettingsSchemaTest {

    /** A configuration with no value at its default, and values whose decimal forms are long. */
    private static final VaeConfig UNUSUAL = new VaeConfig(List.of(512, 256, 3), Activation.TANH, 17,
            Likelihood.GAUSSIAN_FIXED, 0.1 + 0.2, 1.0 / 3, 7, 1.2345e-5, 33, 999, 123, Long.MIN_VALUE,
            ModelKind.AUTOENCODER, HoldoutFrom.END);

    @Test
    void everyComponentOfAConfigurationHasExactlyOneSetting() {
        List<String> keys = SettingsSchema.settings().stream().map(Setting::key).toList();
        assertEquals(VaeConfig.class.getRecordComponents().length, keys.size());
        assertEquals(keys.size(), new HashSet<>(keys).size(), "keys are unique: " + keys);
        assertEquals(List.of("hidden", "latent", "beta", "warmup", "lr", "batch", "epochs", "holdout",
                "holdout-from", "seed", "variance", "activation", "likelihood", "model"), keys, "form order");
    }

    @Test
    void everySettingFormatsToTextThatParsesBackExactly() {
        Map<String, String> texts = SettingsSchema.toText(UNUSUAL);
        VaeConfig read = VaeConfig.defaults();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            read = SettingsSchema.withText(read, e.getKey(), e.getValue());
        }
        assertEquals(UNUSUAL, read);
        assertEquals("512,256,3", texts.get("hidden"));
        assertEquals("tanh", texts.get("activation"));
        assertEquals("autoencoder", texts.get("model"));
        assertEquals("1.2345e-5", texts.get("lr"));
        VaeConfig linear = VaeConfig.defaults().withHiddenLayers(List.of());
        assertEquals("", SettingsSchema.toText(linear).get("hidden"));
        assertEquals(UNUSUAL.withHiddenLayers(List.of()), SettingsSchema.withText(UNUSUAL, "hidden", ""));
    }

    @Test
    void everyChoiceAndEveryDefaultRoundTrips() {
        for (Setting<?> s : SettingsSchema.settings()) {
            assertRoundTrip(s, s.defaultValue());
            for (Object choice : s.choices()) {
                assertRoundTrip(s, choice);
            }
        }
        assertRoundTrip(SettingsSchema.HOLDOUT_PERCENT, 10);
        assertEquals(List.of(Likelihood.values()), SettingsSchema.LIKELIHOOD.choices());
        assertEquals(List.of(Activation.values()), SettingsSchema.ACTIVATION.choices());
    }

    @SuppressWarnings("unchecked")
    private static <T> void assertRoundTrip(Setting<T> setting, Object value) {
        assertEquals(value, setting.parse(setting.format((T) value)), setting.key());
    }

    @Test
    void numbersAroundTheirExactFormsParseAsTyped() {
        assertEquals(1e-3, SettingsSchema.LEARNING_RATE.parse(" 1e-3 "));
        assertEquals(List.of(512, 256), SettingsSchema.HIDDEN.parse("512, 256"));
        assertEquals(Activation.ELU, SettingsSchema.ACTIVATION.parse("ELU"));
        assertEquals(-7L, SettingsSchema.SEED.parse("-7"));
        assertEquals("1", SettingsSchema.BETA.format(1.0));
        assertEquals("-0.0", SettingsSchema.BETA.format(-0.0), "the sign of zero survives the file");
    }

    private static ConfigProblem parseProblem(Setting<?> setting, String text) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> setting.parse(text));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void textThatIsNotAValueIsRefusedNamingTheSetting() {
        Map<Setting<?>, String> bad = Map.of(SettingsSchema.LATENT, "two", SettingsSchema.LEARNING_RATE, "abc",
                SettingsSchema.BETA, "NaN", SettingsSchema.VARIANCE, "Infinity", SettingsSchema.HIDDEN, "x",
                SettingsSchema.SEED, "1.5", SettingsSchema.ACTIVATION, "sigmoid", SettingsSchema.LIKELIHOOD,
                "poisson", SettingsSchema.EPOCHS, "1e3");
        bad.forEach((setting, text) -> {
            ConfigProblem p = parseProblem(setting, text);
            assertEquals(setting.key(), p.field(), text);
            assertTrue(p.message().contains("'" + text + "'"), p.message());
        });
        assertTrue(parseProblem(SettingsSchema.ACTIVATION, "sigmoid").message()
                .contains("relu, tanh, elu or identity"));
        assertTrue(parseProblem(SettingsSchema.HIDDEN, "64,x").message().startsWith("'x' is not a whole number "
                + "(expected comma-separated"));
    }

    @Test
    void aClearedNumberSaysItIsEmptyAndWhatToType() {
        assertTrue(parseProblem(SettingsSchema.EPOCHS, " ").message().startsWith("is empty: type a whole number, 1 to "));
        assertTrue(parseProblem(SettingsSchema.LEARNING_RATE, "").message().startsWith("is empty: type a number "),
                "not \"'' is not a number\"");
        assertEquals("is empty: type a whole number", parseProblem(SettingsSchema.SEED, "").message());
    }

    @Test
    void wholeNumbersBeyondTheirTypeAreRefusedWithTheirRange() {
        assertEquals("must be 1 to 64, not 99999999999",
                parseProblem(SettingsSchema.LATENT, "99999999999").message());
        assertEquals("each must be 1 to 4096, not 5000000000",
                parseProblem(SettingsSchema.HIDDEN, "8,5000000000").message());
    }

    @Test
    void rangesIncludeOrExcludeTheirEndsAsDeclared() {
        assertNull(SettingsSchema.LATENT.problemWith(1));
        assertNull(SettingsSchema.LATENT.problemWith(64));
        assertEquals("must be 1 to 64, not 65", SettingsSchema.LATENT.problemWith(65));
        assertNull(SettingsSchema.BETA.problemWith(0.0));
        assertEquals("must be a number from 0 up to 1000, not -0.5", SettingsSchema.BETA.problemWith(-0.5));
        assertNull(SettingsSchema.LEARNING_RATE.problemWith(1.0));
        assertEquals("must be a number above 1e-8 up to 1, not 1e-8",
                SettingsSchema.LEARNING_RATE.problemWith(1e-8));
        assertNotNull(SettingsSchema.LEARNING_RATE.problemWith(Double.NaN));
        assertNotNull(SettingsSchema.VARIANCE.problemWith(1e-6));
        assertNull(SettingsSchema.VARIANCE.problemWith(1e3));
        assertNull(SettingsSchema.HOLDOUT.problemWith(Integer.MAX_VALUE));
        assertEquals("must be at least 0, not -1", SettingsSchema.HOLDOUT.problemWith(-1));
        assertEquals("must be 0 to 90, not 91", SettingsSchema.HOLDOUT_PERCENT.problemWith(91));
        assertNull(SettingsSchema.HIDDEN.problemWith(List.of(4096, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals("at most 8 hidden layers", SettingsSchema.HIDDEN.problemWith(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals("each must be 1 to 4096, not null", SettingsSchema.HIDDEN.problemWith(Arrays.asList(1, null)));
        assertTrue(SettingsSchema.ACTIVATION.problemWith(null).startsWith("choose one of relu"));
    }

    @Test
    void helpTextsSayWhatIsAllowedAndWhatTheDefaultIs() {
        assertEquals("1 to 64", SettingsSchema.LATENT.allowedText());
        assertEquals("2", SettingsSchema.LATENT.defaultText());
        assertEquals("64,64", SettingsSchema.HIDDEN.defaultText());
        assertTrue(SettingsSchema.HOLDOUT.defaultText().contains("10%"), SettingsSchema.HOLDOUT.defaultText());
        assertEquals("Gaussian, learned variance per feature",
                SettingsSchema.LIKELIHOOD.choiceLabel(Likelihood.GAUSSIAN_DIAGONAL));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.setting("frobnicate"));
        assertEquals(SettingsSchema.LEARNING_RATE, SettingsSchema.setting("lr"));
    }

    private static Dataset data(float[] values, int cols, ImageShape shape) {
        List<String> names = java.util.stream.IntStream.range(0, cols).mapToObj(i -> "x" + i).toList();
        return new Dataset("test", values.length / cols, cols, values, null, List.of(), names, shape);
    }

    private static final Dataset IMAGES = data(new float[] {0, 0.2f, 0.9f, 1, 0.5f, 0, 0, 0.1f}, 4,
            new ImageShape(2, 2));
    private static final Dataset BINARY = data(new float[] {0, 1, 1, 0, 1, 1}, 3, null);
    private static final Dataset UNIT = data(new float[] {0.1f, 0.9f, 0.5f, 0.5f, 0.25f, 0.75f}, 2, null);
    private static final Dataset BYTES = data(new float[] {0, 255, 17, 3}, 4, new ImageShape(2, 2));
    private static final Dataset MOONS = ToyDataset.MOONS.generate(200, 0.1, 1);

    @Test
    void imagesAndBinaryDataInTheUnitRangeDefaultToBernoulliAllElseToALearnedVariancePerFeature() {
        assertEquals(Likelihood.BERNOULLI, SettingsSchema.defaultLikelihood(IMAGES));
        assertEquals(Likelihood.BERNOULLI, SettingsSchema.defaultLikelihood(BINARY));
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, SettingsSchema.defaultLikelihood(UNIT),
                "continuous features in [0, 1] are not intensities");
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, SettingsSchema.defaultLikelihood(BYTES),
                "images outside [0, 1] cannot be Bernoulli");
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, SettingsSchema.defaultLikelihood(MOONS));
    }

    @Test
    void loadingDataKeepsAFittingChoiceUnlessTheDataCallForBernoulli() {
        assertEquals(Likelihood.GAUSSIAN_FIXED, SettingsSchema.likelihoodOnLoading(MOONS, Likelihood.GAUSSIAN_FIXED));
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, SettingsSchema.likelihoodOnLoading(MOONS, Likelihood.BERNOULLI));
        assertEquals(Likelihood.BERNOULLI, SettingsSchema.likelihoodOnLoading(IMAGES, Likelihood.GAUSSIAN_SHARED));
        assertEquals(Likelihood.BERNOULLI, SettingsSchema.likelihoodOnLoading(UNIT, Likelihood.BERNOULLI));
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, SettingsSchema.likelihoodOnLoading(UNIT, null));
    }

    @Test
    void theDefaultsForDataHoldOutATenthOfTheRowsRoundedDown() {
        VaeConfig config = SettingsSchema.defaultsFor(ToyDataset.MOONS.generate(2009, 0.1, 1));
        assertEquals(200, config.holdoutRows());
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, config.likelihood());
        assertEquals(VaeConfig.defaults().withHoldoutRows(200), config);
        assertEquals(Likelihood.BERNOULLI, SettingsSchema.defaultsFor(IMAGES).likelihood());
        assertEquals(0, SettingsSchema.defaultsFor(IMAGES).holdoutRows(), "a tenth of 2 rows is none");
        assertEquals(214_748_364, SettingsSchema.holdoutRows(Integer.MAX_VALUE, 10), "no overflow");
    }

    @Test
    void storedFilesNameTheHeldOutRowsOnlyWhenTheyAreNotTheLastOnesWhichAFileWithoutTheKeyMeans() {
        VaeConfig random = VaeConfig.defaults();
        assertEquals(HoldoutFrom.RANDOM, random.holdoutFrom(), "the default: a random sample");
        assertEquals("random", SettingsSchema.toStoredText(random).get("holdout-from"));
        VaeConfig end = random.withHoldoutFrom(HoldoutFrom.END);
        assertEquals(null, SettingsSchema.toStoredText(end).get("holdout-from"), "byte for byte as before");
        assertEquals(HoldoutFrom.END, SettingsSchema.storedDefaults().holdoutFrom());
        assertEquals(HoldoutFrom.END, SettingsSchema.withText(random, "holdout-from", "end").holdoutFrom());
    }
}
