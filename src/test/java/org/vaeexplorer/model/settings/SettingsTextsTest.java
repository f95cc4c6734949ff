package org.vaeexplorer.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.text.Texts;

/** The settings' labels, help and problems, the likelihoods' and datasets' names follow the language. */
class SettingsTextsTest {
    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyNameAndHelpHasATextInBothLanguages() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            List<String> texts = new ArrayList<>();
            for (Setting<?> s : SettingsSchema.settings()) {
                texts.addAll(List.of(s.label(), s.help(), s.allowedText(), s.defaultText()));
            }
            texts.addAll(List.of(SettingsSchema.HOLDOUT_PERCENT.label(), SettingsSchema.HOLDOUT_PERCENT.help()));
            for (Likelihood l : Likelihood.values()) {
                texts.add(l.label());
            }
            for (ToyDataset t : ToyDataset.values()) {
                texts.add(t.label());
            }
            for (DatasetCatalog.ImageSet i : DatasetCatalog.ImageSet.values()) {
                texts.add(i.label());
            }
            for (String text : texts) {
                assertFalse(text.isBlank() || text.startsWith("[") && text.endsWith("]"), language + ": " + text);
            }
        }
    }

    @Test
    void problemsAreInTheLanguageInUse() {
        assertEquals("must be 1 to 64, not 0", SettingsSchema.LATENT.problemWith(0));
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("潜在维度", SettingsSchema.LATENT.label());
        assertEquals("必须是 1 到 64，而不是 0", SettingsSchema.LATENT.problemWith(0));
        InvalidConfigException empty = org.junit.jupiter.api.Assertions.assertThrows(InvalidConfigException.class,
                () -> SettingsSchema.LEARNING_RATE.parse(" "));
        assertTrue(empty.getMessage().contains("为空"), empty.getMessage());
    }
}
