package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.text.Texts;

/** A plain autoencoder chosen in the window's settings: trained, and the KL pane and prior samples say what it lacks. */
class PlainAutoencoderWindowTest {
    private static final Executor NOW = Runnable::run;

    private static MainViewModel trained(ModelKind model) {
        MainViewModel window = new MainViewModel(NOW, NOW);
        window.settings().modelProperty().set(model);
        window.settings().field("epochs").textProperty().set("3");
        window.data().pointsProperty().set("400");
        window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        window.training().train();
        return window;
    }

    @Test
    void theKlPaneAndThePriorSamplesSayThereAreNone() {
        MainViewModel window = trained(ModelKind.AUTOENCODER);
        assertEquals(ModelKind.AUTOENCODER, window.training().modelConfigProperty().get().model());
        assertEquals(3, window.training().reports().size());
        assertEquals(0, window.training().reports().get(2).train().kl());
        assertNull(window.kl().barsProperty().get());
        assertEquals(Texts.get("side.kl.none"), window.kl().summaryProperty().get());
        assertEquals("", window.kl().warningProperty().get(), "no posterior collapse to warn of");
        assertTrue(window.kl().noKlProperty().get());
        assertNotNull(window.exploration().latentProperty().get(), "the latent map shows the codes");

        window.exploration().samplePrior();
        assertNull(window.exploration().priorSamplesProperty().get());
        assertEquals(Texts.get("side.prior.none"), window.noticeProperty().get().text());

        MainViewModel vae = trained(ModelKind.VAE);
        assertNotNull(vae.kl().barsProperty().get());
        assertFalse(vae.kl().noKlProperty().get());
        vae.exploration().samplePrior();
        assertNotNull(vae.exploration().priorSamplesProperty().get(), "a VAE samples its prior");
        assertTrue(window.settings().texts().get("model").equals("autoencoder"), "remembered with the settings");
    }
}
