package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.MinibatchTrace;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.VaeConfig;

/** Slow motion takes the very steps training takes, and shows what each drew. */
class MinibatchStepTest {
    private static final Dataset MOONS = ToyDataset.MOONS.generate(500, 0.1, 2);

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    private static Trainer trainer() {
        return Trainer.create(VaeConfig.defaults().withHiddenLayers(List.of(16)).withBatchSize(40)
                .withHoldoutRows(100).withLearningRate(3e-3).withSeed(7), MOONS);
    }

    /** A trainer after one whole epoch and then {@code n} minibatches of the second, run as training runs them. */
    private static Trainer trainedPartWay(int n) {
        Trainer t = trainer();
        t.runEpoch();
        int[] yields = {0};
        EpochOutcome outcome = t.runEpoch(() -> {
            if (++yields[0] > n) {
                t.requestStop();
            }
        });
        assertEquals(EpochOutcome.Status.STOPPED, outcome.status());
        return t;
    }

    @Test
    void nStepsAreTheFirstNStepsOfAnEpoch() {
        Trainer stepped = trainer();
        stepped.runEpoch();
        for (int i = 1; i <= 4; i++) {
            MinibatchStep s = stepped.stepMinibatch();
            assertEquals(2, s.epoch());
            assertEquals(i, s.index());
            assertEquals(10, s.count(), "400 training rows in minibatches of 40");
            assertNull(s.epochEnd());
        }
        assertArrayEquals(trainedPartWay(4).model().snapshot().parameters(), stepped.model().snapshot().parameters());
    }

    @Test
    void steppingThroughAnEpochEndsItAsTrainingWould() {
        Trainer stepped = trainer();
        MinibatchStep last = null;
        for (int i = 0; i < 10; i++) {
            last = stepped.stepMinibatch();
        }
        EpochReport whole = trainer().runEpoch().report();
        assertNotNull(last.epochEnd(), "the tenth minibatch ends the epoch");
        EpochReport report = last.epochEnd().report();
        assertEquals(whole.train(), report.train());
        assertEquals(whole.heldOut(), report.heldOut());
        assertEquals(1, stepped.epochsDone());
        assertEquals(2, stepped.stepMinibatch().epoch(), "the next step begins the next epoch");
    }

    @Test
    void anEpochSteppedPartWayIsFinishedByTraining() {
        Trainer stepped = trainer();
        stepped.stepMinibatch();
        stepped.stepMinibatch();
        EpochReport finished = stepped.runEpoch().report();
        Trainer whole = trainer();
        EpochReport report = whole.runEpoch().report();
        assertEquals(1, finished.epoch());
        assertEquals(report.train(), finished.train());
        assertArrayEquals(whole.model().snapshot().parameters(), stepped.model().snapshot().parameters());
    }

    @Test
    void theTraceIsTheStepsSampleAndDecoding() {
        Trainer t = trainer();
        t.runEpoch();
        Vae before = Vae.fromSnapshot(t.model().snapshot(), DataType.FLOAT);
        MinibatchStep s = t.stepMinibatch();
        MinibatchTrace trace = s.trace();
        int l = trace.latentDim();
        assertEquals(s.rows().length, trace.rows());
        float[] x = new float[trace.rows() * MOONS.cols()];
        for (int i = 0; i < trace.rows(); i++) {
            MOONS.copyRow(s.rows()[i], x, i * MOONS.cols());
        }
        var posterior = before.encode(x, trace.rows());
        assertArrayEquals(posterior.mean(), trace.mean(), 1e-5f, "μ of the rows the step used, before its update");
        assertArrayEquals(posterior.sigma(), trace.sigma(), 1e-5f);
        for (int i = 0; i < trace.rows() * l; i++) {
            assertEquals(trace.mean()[i] + trace.sigma()[i] * trace.epsilon()[i], trace.latent()[i], 1e-5,
                    "z = μ + σ·ε");
        }
        assertArrayEquals(before.decode(trace.latent(), trace.rows()), trace.decoded(), 1e-4f);
        double loss = s.terms().negativeElbo();
        assertEquals(s.terms().reconstruction() + s.terms().kl(), loss, 1e-12);
    }
}
