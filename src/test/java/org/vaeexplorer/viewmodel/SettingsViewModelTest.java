package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;

/** The settings form without a screen and without data problems (those belong to the data's owner). */
class SettingsViewModelTest {
    private final SettingsViewModel settings = new SettingsViewModel(new SimpleObjectProperty<>());

    @Test
    void theFieldsAreTheSchemasTypedSettingsInFormOrderWithItsLabelsAndHelp() {
        assertEquals(List.of("hidden", "latent", "beta", "warmup", "lr", "batch", "epochs", "holdout", "seed",
                "variance"), settings.fields().stream().map(SettingField::key).toList());
        SettingField latent = settings.field("latent");
        assertEquals(SettingsSchema.LATENT.label(), latent.label());
        assertTrue(latent.help().startsWith(SettingsSchema.LATENT.help()) && latent.help().endsWith("1 to 64."),
                latent.help());
        assertEquals("Held out (%)", settings.field("holdout").label(), "the form asks for a share");
        assertEquals("10", settings.field("holdout").textProperty().get());
        assertEquals("Activation", settings.activationSetting().label());
        assertEquals(VaeConfig.defaults(), settings.configProperty().get(), "one row of data holds out none");
    }

    @Test
    void aFieldThatIsNotAValueOrOutOfRangeShowsItsProblemAndNoConfiguration() {
        settings.field("lr").textProperty().set("abc");
        assertEquals("'abc' is not a number", settings.field("lr").problemProperty().get());
        assertNull(settings.configProperty().get());
        settings.field("lr").textProperty().set("0.002");
        settings.field("holdout").textProperty().set("95");
        assertEquals("must be 0 to 90, not 95", settings.field("holdout").problemProperty().get());
        assertEquals("", settings.field("lr").problemProperty().get());
        assertFalse(settings.validProperty().get());
        settings.field("holdout").textProperty().set("20");
        assertTrue(settings.validProperty().get());
        assertEquals(0.002, settings.configProperty().get().learningRate());
    }

    @Test
    void textsRestoreEverySettingByItsSchemaKey() {
        settings.field("hidden").textProperty().set("32, 8");
        settings.field("latent").textProperty().set("5");
        settings.field("holdout").textProperty().set("25");
        settings.field("seed").textProperty().set("oops");
        settings.activationProperty().set(Activation.ELU);
        settings.likelihoodProperty().set(Likelihood.GAUSSIAN_SHARED);
        Map<String, String> texts = settings.texts();
        assertEquals(SettingsSchema.settings().stream().map(s -> s.key()).toList(), List.copyOf(texts.keySet()));
        assertEquals("elu", texts.get("activation"));
        assertEquals("25", texts.get("holdout"));

        SettingsViewModel restored = new SettingsViewModel(new SimpleObjectProperty<>());
        restored.restoreTexts(texts);
        assertEquals(texts, restored.texts());
        assertEquals(Likelihood.GAUSSIAN_SHARED, restored.likelihoodProperty().get());
        assertEquals("'oops' is not a whole number", restored.field("seed").problemProperty().get());
        restored.field("seed").textProperty().set("4");
        assertEquals(List.of(32, 8), restored.configProperty().get().hiddenLayers());
        assertEquals(5, restored.configProperty().get().latentDim());
    }

    @Test
    void restoringIgnoresUnknownKeysAndChoicesThatNoLongerExist() {
        settings.restoreTexts(Map.of("activation", "sigmoid", "likelihood", "gaussian-fixed", "colour", "red"));
        assertEquals(Activation.RELU, settings.activationProperty().get());
        assertEquals(Likelihood.GAUSSIAN_FIXED, settings.likelihoodProperty().get());
    }

    @Test
    void dataDefaultsSetTheLikelihoodByTheSchemasRuleAndCountTheHeldOutShare() {
        settings.likelihoodProperty().set(Likelihood.GAUSSIAN_FIXED);
        Dataset moons = ToyDataset.MOONS.generate(500, 0.1, 1);
        settings.applyDataDefaults(moons);
        assertEquals(Likelihood.GAUSSIAN_FIXED, settings.likelihoodProperty().get(), "a fitting choice stays");
        assertEquals(50, settings.configProperty().get().holdoutRows());

        float[] pixels = new float[4 * 30];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 7) / 6f;
        }
        Dataset images = new Dataset("images", 30, 4, pixels, null, List.of(), List.of("a", "b", "c", "d"),
                new ImageShape(2, 2));
        settings.applyDataDefaults(images);
        assertEquals(Likelihood.BERNOULLI, settings.likelihoodProperty().get());
        assertEquals(3, settings.configProperty().get().holdoutRows());
        settings.applyDataDefaults(moons);
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, settings.likelihoodProperty().get(),
                "Bernoulli does not fit the moons");
    }
}
