package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

class TrainerTest {

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    private static VaeConfig toyConfig() {
        return VaeConfig.defaults().withHiddenLayers(List.of(32, 32)).withBatchSize(100).withEpochs(25)
                .withHoldoutRows(200).withLearningRate(3e-3);
    }

    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void trainingLowersTheHeldOutNegativeElbo(ToyDataset toy) {
        Dataset data = toy.generate(1200, toy.defaultNoise(), 3);
        VaeConfig config = toyConfig();
        Trainer trainer = Trainer.create(config, data);
        float[] heldOut = trainer.split().heldOutValues(data.sharedValues(), data.cols());
        double before = trainer.model().elbo(heldOut, 200, 99).negativeElbo();
        EpochOutcome outcome = trainer.train(config.epochs(), r -> { });
        assertEquals(EpochOutcome.Status.COMPLETED, outcome.status());
        double after = trainer.model().elbo(heldOut, 200, 99).negativeElbo();
        assertTrue(after < before - 0.1, toy + ": −ELBO " + before + " → " + after);
        assertEquals(after, outcome.report().heldOut().negativeElbo(), 0.5,
                "the epoch report's held-out figure is an estimate of the same quantity");
    }

    @Test
    void sameSeedOnOneThreadReproducesTheSameLosses() {
        Dataset data = ToyDataset.MOONS.generate(600, 0.1, 1);
        List<Double> first = losses(data, 5);
        List<Double> again = losses(data, 5);
        assertEquals(first, again);
        VaeConfig other = toyConfig().withSeed(6);
        Trainer trainer = Trainer.create(other, data);
        assertNotEquals(first.get(0), trainer.runEpoch().report().train().negativeElbo());
    }

    private static List<Double> losses(Dataset data, long seed) {
        Trainer trainer = Trainer.create(toyConfig().withSeed(seed), data);
        List<Double> out = new ArrayList<>();
        trainer.train(3, r -> {
            out.add(r.train().negativeElbo());
            out.add(r.heldOut().negativeElbo());
        });
        return out;
    }

    @Test
    void warmUpRaisesBetaLinearlyAndLearningRateCanChangeBetweenEpochs() {
        Dataset data = ToyDataset.RINGS.generate(400, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig().withWarmupEpochs(4).withBeta(2), data);
        List<EpochReport> reports = new ArrayList<>();
        trainer.train(2, reports::add);
        trainer.setLearningRate(1e-4);
        trainer.setBeta(1);
        trainer.train(4, reports::add);
        double[] expectedBeta = {0, 0.5, 0.5, 0.75, 1, 1};
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(expectedBeta[i], reports.get(i).beta(), 1e-12, "epoch " + (i + 1));
        }
        assertEquals(3e-3, reports.get(1).learningRate());
        assertEquals(1e-4, reports.get(2).learningRate());
        assertThrows(IllegalArgumentException.class, () -> trainer.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> trainer.setBeta(-1));
    }

    @Test
    void stopRequestEndsTheEpochBetweenMinibatchesOrBetweenEpochs() {
        Dataset data = ToyDataset.SPIRAL.generate(2000, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig().withBatchSize(10), data);
        trainer.requestStop();
        assertEquals(EpochOutcome.Status.STOPPED, trainer.runEpoch().status(), "a pending stop stops the epoch");
        assertEquals(0, trainer.epochsDone());
        EpochOutcome afterOne = trainer.train(5, r -> trainer.requestStop());
        assertEquals(EpochOutcome.Status.STOPPED, afterOne.status(), "a stop asked for between epochs is kept");
        assertEquals(1, trainer.epochsDone());
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            trainer.requestStop();
        });
        stopper.start();
        EpochOutcome outcome = trainer.train(1000, r -> { });
        assertEquals(EpochOutcome.Status.STOPPED, outcome.status());
        assertTrue(trainer.epochsDone() < 1000);
    }

    @Test
    void heldOutFiguresComeInPiecesWithAYieldBetweenThem() {
        Dataset data = ToyDataset.MOONS.generate(150, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig().withBatchSize(10).withHoldoutRows(45), data);
        int[] calls = {0};
        EpochReport report = trainer.runEpoch(() -> calls[0]++).report();

        // 105 training rows: 11 minibatches; 45 held-out rows: 5 pieces, with a yield between them.
        assertEquals(11 + 4, calls[0]);
        // The KL is in closed form, so the pieces must add up to what one pass over the held-out rows gives.
        float[] heldOut = trainer.split().heldOutValues(data.sharedValues(), data.cols());
        ElboTerms whole = trainer.model().elbo(heldOut, 45, 7);
        assertEquals(whole.kl(), report.heldOut().kl(), 1e-5 * Math.abs(whole.kl()));
        // The KL of a diagonal Gaussian against N(0, I) is the sum of its dimensions' KLs.
        double sum = java.util.Arrays.stream(report.heldOutKlPerDimension()).sum();
        assertEquals(report.heldOut().kl(), sum, 1e-9 * Math.abs(sum));
        assertEquals(toyConfig().latentDim(), report.heldOutKlPerDimension().length);
    }

    /**
     * Bernoulli data is read where it lies (no scaling), Gaussian data from a standardised copy: either way the
     * dataset must come out untouched, and the held-out rows must be those the split names.
     */
    @ParameterizedTest
    @EnumSource(value = Likelihood.class, names = {"BERNOULLI", "GAUSSIAN_DIAGONAL"})
    void trainingReadsTheDataWithoutChangingIt(Likelihood likelihood) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        float[] values = new float[300 * 6];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble();
        }
        Dataset data = new Dataset("unit", 300, 6, values, null, List.of(),
                List.of("a", "b", "c", "d", "e", "f"), null);
        float[] before = data.copyRows(0, 300);
        Trainer trainer = Trainer.create(toyConfig().withLikelihood(likelihood).withHoldoutRows(60), data);
        assertEquals(likelihood == Likelihood.BERNOULLI, trainer.model().scaling().isIdentity());

        EpochReport report = trainer.train(2, r -> { }).report();

        assertArrayEquals(before, data.copyRows(0, 300));
        ElboTerms heldOut = trainer.model().elbo(trainer.split().heldOutValues(before, 6), 60, 7);
        assertEquals(heldOut.kl(), report.heldOut().kl(), 1e-5 * Math.abs(heldOut.kl()));
    }

    @Test
    void heldOutFiguresChangeWithTheWeightsNotWithAFreshDraw() {
        // With a step too small to move the weights, every epoch's held-out figures are the same evaluation:
        // the same ε each time (common random numbers), so they agree; a fresh draw per epoch moved them by ~0.1.
        Dataset data = ToyDataset.MOONS.generate(600, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig().withHoldoutRows(200), data);
        trainer.setLearningRate(1e-12);
        List<EpochReport> reports = new ArrayList<>();
        trainer.train(4, reports::add);
        double first = reports.get(0).heldOut().negativeElbo();
        for (EpochReport r : reports) {
            assertEquals(first, r.heldOut().negativeElbo(), 1e-6, "epoch " + r.epoch());
        }
        assertTrue(reports.get(0).train().negativeElbo() != reports.get(3).train().negativeElbo(),
                "training still draws afresh each epoch");
    }

    @Test
    void aValueFarOutsideTheTrainingRowsIsADataProblemNamingItsRow() {
        Dataset moons = ToyDataset.MOONS.generate(100, 0.1, 1);
        float[] values = moons.copyRows(0, 100);
        VaeConfig config = toyConfig().withHoldoutRows(10);
        // A random split holds out rows in the middle: the message names the row as the file numbers it.
        int row = HoldoutSplit.of(100, null, 10, config.seed(), HoldoutFrom.RANDOM).heldOutRows()[4];
        values[row * 2 + 1] = 1e20f;
        Dataset data = new Dataset("outlier", 100, 2, values, null, List.of(), List.of("x", "y"), null);

        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> Trainer.create(config, data));

        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("row " + (row + 1) + " (held out), column 'y': the value 1.0E20"), message);
        assertTrue(message.contains("a problem of the data, not of training"), message);
    }

    @Test
    void divergenceRestoresTheWeightsOfTheLastGoodEpoch() {
        Dataset data = ToyDataset.MOONS.generate(400, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig(), data);
        trainer.runEpoch();
        double[] afterEpochOne = trainer.model().snapshot().parameters();
        trainer.model().parameters().muli(1e30);
        EpochOutcome outcome = trainer.runEpoch();
        assertEquals(EpochOutcome.Status.DIVERGED, outcome.status());
        assertTrue(outcome.message().contains("learning rate"), outcome.message());
        assertTrue(outcome.message().contains("after epoch 1"), outcome.message());
        assertArrayEquals(afterEpochOne, trainer.model().snapshot().parameters());
        assertEquals(1, trainer.epochsDone());
        assertEquals(EpochOutcome.Status.COMPLETED, trainer.runEpoch().status(), "training can go on");
    }

    @Test
    void aRunResumedFromACheckpointTrainsAsTheUninterruptedRun() {
        Dataset data = ToyDataset.PINWHEEL.generate(700, 0.3, 2);
        VaeConfig config = toyConfig().withBatchSize(64).withHoldoutRows(100).withWarmupEpochs(3).withSeed(11);
        Trainer uninterrupted = Trainer.create(config, data);
        List<EpochReport> straight = new ArrayList<>();
        uninterrupted.train(5, straight::add);

        Trainer first = Trainer.create(config, data);
        first.train(3, r -> { });
        TrainingCheckpoint checkpoint = first.checkpoint();
        Trainer resumed = Trainer.resume(checkpoint, data);
        List<EpochReport> continued = new ArrayList<>();
        resumed.train(2, continued::add);

        assertEquals(5, resumed.epochsDone());
        // Bit for bit: the same operations on the same floats in the same order (measured on one and two threads).
        assertArrayEquals(uninterrupted.model().snapshot().parameters(), resumed.model().snapshot().parameters(), 0);
        for (int i = 0; i < 2; i++) {
            EpochReport expected = straight.get(3 + i);
            EpochReport actual = continued.get(i);
            assertEquals(expected.epoch(), actual.epoch());
            assertEquals(expected.beta(), actual.beta(), 0, "the warm-up goes on from epoch " + expected.epoch());
            assertEquals(expected.train(), actual.train());
            assertEquals(expected.heldOut(), actual.heldOut());
        }

        // Without Adam's moments and step count the same epochs end elsewhere: the state is what makes it exact.
        Trainer freshAdam = Trainer.resume(new TrainingCheckpoint(checkpoint.model(), 3, null), data);
        freshAdam.train(2, r -> { });
        double[] expected = uninterrupted.model().snapshot().parameters();
        double[] withoutState = freshAdam.model().snapshot().parameters();
        double largest = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i] - withoutState[i]));
        }
        assertTrue(largest > 1e-4, "a fresh optimiser moved the weights by at most " + largest);
    }

    @Test
    void aCheckpointHoldsTheLastCompleteEpochEvenAfterAStopPartWay() {
        Dataset data = ToyDataset.MOONS.generate(600, 0.1, 1);
        Trainer trainer = Trainer.create(toyConfig().withBatchSize(20).withLearningRate(1e-3).withBeta(0.5), data);
        trainer.train(2, r -> { });
        double[] afterTwo = trainer.model().snapshot().parameters();
        int[] minibatches = {0};
        EpochOutcome stopped = trainer.runEpoch(() -> {
            if (++minibatches[0] == 5) {
                trainer.requestStop();
            }
        });
        assertEquals(EpochOutcome.Status.STOPPED, stopped.status());
        trainer.setLearningRate(2e-3);

        TrainingCheckpoint checkpoint = trainer.checkpoint();

        assertEquals(2, checkpoint.epochsDone());
        assertArrayEquals(afterTwo, checkpoint.model().parameters());
        assertTrue(!java.util.Arrays.equals(afterTwo, trainer.model().snapshot().parameters()),
                "the four minibatches before the stop moved the model itself");
        assertEquals(2e-3, checkpoint.model().config().learningRate(), "the learning rate in use is kept");
        assertEquals(0.5, checkpoint.model().config().beta());
        assertEquals(2 * 400 / 20, checkpoint.optimizer().steps(), "Adam's steps of two whole epochs");
    }

    @Test
    void heldOutFiguresRepeatTheLastEpochsReportAlsoAfterResuming() {
        Dataset data = ToyDataset.RINGS.generate(500, 0.1, 3);
        Trainer trainer = Trainer.create(toyConfig().withBatchSize(30).withHoldoutRows(130), data);
        EpochReport last = trainer.train(3, r -> { }).report();

        ElboTerms again = trainer.heldOutFigures();
        ElboTerms resumed = Trainer.resume(trainer.checkpoint(), data).heldOutFigures();

        assertEquals(last.heldOut(), again, "same weights, same rows, same ε");
        assertEquals(last.heldOut(), resumed);
        assertEquals(null, Trainer.create(toyConfig().withHoldoutRows(0), data).heldOutFigures());
    }

    @Test
    void refusesSettingsThatDoNotSuitTheData() {
        Dataset data = ToyDataset.MOONS.generate(300, 0.1, 1);
        InvalidConfigException bernoulli = assertThrows(InvalidConfigException.class,
                () -> Trainer.create(toyConfig().withLikelihood(Likelihood.BERNOULLI), data));
        assertEquals("likelihood", bernoulli.problems().get(0).field());
        InvalidConfigException holdout = assertThrows(InvalidConfigException.class,
                () -> Trainer.create(toyConfig().withHoldoutRows(300), data));
        assertEquals("holdout", holdout.problems().get(0).field());
    }

    /** The settings of the run whose figures were recorded before the held-out rows could be chosen. */
    private static VaeConfig recordedConfig() {
        return VaeConfig.defaults().withHiddenLayers(List.of(16)).withBatchSize(64).withEpochs(3)
                .withHoldoutRows(45).withLearningRate(3e-3).withSeed(7);
    }

    private static List<Double> figures(Trainer trainer) {
        List<Double> out = new ArrayList<>();
        trainer.train(3, r -> {
            out.add(r.train().negativeElbo());
            out.add(r.heldOut().negativeElbo());
            out.add(r.heldOut().kl());
        });
        return out;
    }

    @Test
    void holdingOutTheLastRowsTrainsExactlyAsBeforeTheChoiceExisted() {
        // Recorded on one thread at commit f1aa789, when the last rows were always held out; double's shortest
        // decimal form is exact, so these are bit for bit (the machine's BLAS must be the one the lessons use).
        Dataset data = ToyDataset.MOONS.generate(300, 0.1, 2);
        Trainer trainer = Trainer.create(recordedConfig().withHoldoutFrom(HoldoutFrom.END), data);
        assertEquals(List.of(3.635533003254852, 3.2264689409756664, 0.8614799721168743,
                3.1362163243925356, 2.9583029489406356, 0.7627859252723749,
                2.8575297751956215, 2.796057009986048, 0.6731264734415349), figures(trainer));
        assertEquals(0.6689960360527039, trainer.model().snapshot().parameters()[0]);
    }

    @Test
    void aRandomSplitTrainsAsTheLastRowsOfTheDataReorderedSoThatItsHeldOutRowsComeLast() {
        Dataset data = ToyDataset.MOONS.generate(300, 0.1, 2);
        VaeConfig random = recordedConfig().withHoldoutFrom(HoldoutFrom.RANDOM);
        Trainer trainer = Trainer.create(random, data);
        HoldoutSplit split = trainer.split();
        assertFalse(split.heldOutAtEnd(), "the moons are labelled: a stratified sample, not the last rows");
        int[] order = IntStream.concat(Arrays.stream(split.trainRows()), Arrays.stream(split.heldOutRows()))
                .toArray();
        float[] values = new float[300 * 2];
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            data.copyRow(order[i], values, 2 * i);
            labels[i] = data.label(order[i]);
        }
        Dataset reordered = new Dataset(data.name(), 300, 2, values, labels, data.classNames(),
                data.featureNames(), null);

        List<Double> chosen = figures(trainer);
        Trainer last = Trainer.create(random.withHoldoutFrom(HoldoutFrom.END), reordered);
        assertEquals(figures(last), chosen, "same training rows, same order each epoch, same held-out rows");
        assertArrayEquals(last.model().snapshot().parameters(), trainer.model().snapshot().parameters());
    }
}
