package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.viewmodel.ComparisonViewModel.RunState;

/** Runs side by side, on direct executors: each run trains, exactly as alone, and the one probe decodes in each. */
class ComparisonViewModelTest {
    private static final Executor NOW = Runnable::run;

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    private static MainViewModel windowOnMoons() {
        MainViewModel window = new MainViewModel(NOW, NOW);
        window.settings().field("epochs").textProperty().set("3");
        window.settings().field("hidden").textProperty().set("16,16");
        window.data().pointsProperty().set("400");
        window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        return window;
    }

    @Test
    void eachRunTrainsExactlyAsItsSettingsWouldAlone() {
        MainViewModel window = windowOnMoons();
        VaeConfig base = window.settings().configProperty().get();
        ComparisonViewModel comparison = window.comparison();
        comparison.open(ComparisonPlan.betas(base));

        List<RunState> runs = comparison.snapshotProperty().get().runs();
        assertEquals(3, runs.size());
        assertFalse(comparison.trainingProperty().get(), "done after each run's epochs");
        comparison.probeXProperty().set(1.5);
        comparison.probeYProperty().set(-0.5);
        List<float[]> decoded = comparison.probeProperty().get().decoded();
        for (int i = 0; i < 3; i++) {
            RunState run = runs.get(i);
            assertEquals(3, run.epoch());
            Trainer alone = Trainer.create(run.run().config(), window.data().dataProperty().get().data());
            List<EpochReport> reports = new ArrayList<>();
            alone.train(3, reports::add);
            assertEquals(losses(reports), losses(run.history()), run.run().name());
            assertArrayEquals(alone.model().decode(new float[] {1.5f, -0.5f}, 1), decoded.get(i),
                    "the shared probe, decoded by " + run.run().name());
        }
        assertEquals(List.of(0.1, 1.0, 4.0), runs.stream().map(r -> r.run().config().beta()).toList());
        assertFalse(Arrays.equals(decoded.get(0), decoded.get(2)), "different runs, different decodings");
        var area = comparison.snapshotProperty().get().area();
        for (RunState run : runs) {
            float[] mean = run.latent().mean();
            for (int r = 0; r < run.latent().rows().length; r++) {
                assertTrue(mean[2 * r] >= area.xMin() && mean[2 * r] <= area.xMax()
                        && mean[2 * r + 1] >= area.yMin() && mean[2 * r + 1] <= area.yMax(), "one area holds all");
            }
        }
    }

    private static List<Double> losses(List<EpochReport> reports) {
        return reports.stream().flatMap(r -> java.util.stream.Stream.of(r.train().negativeElbo(),
                r.heldOut().negativeElbo())).toList();
    }

    @Test
    void anAutoencoderAgainstAVaeAndClosingLeavesTheWindowAsItWas() {
        MainViewModel window = windowOnMoons();
        window.training().train();
        VaeConfig model = window.training().modelConfigProperty().get();
        List<EpochReport> before = List.copyOf(window.training().reports());

        window.comparison().open(ComparisonPlan.autoencoderVersusVae(window.settings().configProperty().get()));
        List<RunState> runs = window.comparison().snapshotProperty().get().runs();
        assertEquals(ModelKind.AUTOENCODER, runs.get(0).run().config().model());
        assertEquals(0, runs.get(0).history().get(2).train().kl());
        assertTrue(runs.get(1).history().get(2).train().kl() > 0);
        assertEquals(2, window.comparison().probeProperty().get().decoded().size());

        window.comparison().close();
        assertNull(window.comparison().planProperty().get());
        assertNull(window.comparison().snapshotProperty().get());
        assertEquals(model, window.training().modelConfigProperty().get());
        assertEquals(before, window.training().reports());
        window.exploration().probeXProperty().set(0.5);
        assertNotNull(window.exploration().probeProperty().get(), "the window's model still decodes");
    }

    @Test
    void oneSettingVariedOverTypedValues() {
        VaeConfig base = VaeConfig.defaults();
        ComparisonPlan latent = ComparisonPlan.varying(base, "latent", List.of("1", " 2", "3", ""));
        assertEquals(List.of(1, 2, 3), latent.runs().stream().map(r -> r.config().latentDim()).toList());
        assertTrue(latent.runs().get(0).name().endsWith("= 1"), latent.runs().get(0).name());
        InvalidConfigException tooFew = assertThrows(InvalidConfigException.class,
                () -> ComparisonPlan.varying(base, "beta", List.of("2")));
        assertEquals("beta", tooFew.problems().get(0).field());
        InvalidConfigException bad = assertThrows(InvalidConfigException.class,
                () -> ComparisonPlan.varying(base, "latent", List.of("2", "900")));
        assertEquals("latent", bad.problems().get(0).field());

        MainViewModel window = windowOnMoons();
        window.comparison().open(ComparisonPlan.varying(window.settings().configProperty().get(), "latent",
                List.of("1", "3")));
        List<RunState> runs = window.comparison().snapshotProperty().get().runs();
        assertEquals(List.of(1, 3), runs.stream().map(r -> r.latent().latentDim()).toList());
        assertEquals(2, window.comparison().probeProperty().get().decoded().get(1).length, "2-D data decoded");

        window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream()
                .filter(c -> c.id().equals("rings")).findFirst().orElseThrow());
        assertNull(window.comparison().planProperty().get(), "other data ends the comparison");
    }
}
