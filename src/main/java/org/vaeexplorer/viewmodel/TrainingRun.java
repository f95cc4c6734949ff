package org.vaeexplorer.viewmodel;

import java.util.function.Consumer;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.MinibatchStep;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;

/**
 * One press of Train or Step, on the model thread: makes or resumes the trainer, runs the epochs, and hands each
 * epoch's figures, the progress and the new weights to the {@link TrainingViewModel} that started it.
 */
final class TrainingRun {
    private final TrainingViewModel owner;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final VaeConfig freshConfig;
    private final int untilEpoch;
    /** Fast epochs re-encode the sample at most ten times a second: the screen could not show more. */
    private final Throttle pictures = new Throttle(100);
    private final Throttle progressLine = new Throttle(250);
    private volatile double beta;
    private volatile double learningRate;
    private volatile boolean pauseRequested;
    private volatile Trainer trainer;
    /** Takes the one minibatch of a slow-motion step; {@code null} for a run of epochs. */
    private final Consumer<MinibatchStep> traced;
    private int startEpoch;
    private long started;

    /**
     * @param freshConfig the configuration of a new model, or {@code null} to go on with the current one
     * @param untilEpoch  the epoch at which the run ends
     */
    TrainingRun(TrainingViewModel owner, ModelWorker worker, ExplorerSession session, VaeConfig freshConfig,
            int untilEpoch, double beta, double learningRate, Consumer<MinibatchStep> traced) {
        this.owner = owner;
        this.worker = worker;
        this.session = session;
        this.freshConfig = freshConfig;
        this.untilEpoch = untilEpoch;
        this.beta = beta;
        this.learningRate = learningRate;
        this.traced = traced;
    }

    /** From any thread: stop after the current minibatch, or before starting. */
    void requestPause() {
        pauseRequested = true;
        Trainer current = trainer;
        if (current != null) {
            current.requestStop();
        }
    }

    /** From any thread: β and the learning rate as last typed, for a trainer not made yet. */
    void setRates(double newBeta, double newLearningRate) {
        beta = newBeta;
        learningRate = newLearningRate;
    }

    /** On the model thread. */
    void execute() {
        Trainer t;
        try {
            t = freshConfig != null ? session.startModel(freshConfig) : session.trainer();
        } catch (InvalidConfigException e) {
            owner.couldNotStart(e.getMessage());
            return;
        }
        if (t == null) {
            owner.couldNotStart(Texts.get("status.reason.reset"));
            return;
        }
        trainer = t;
        // Training moves the live model on: pictures of a past epoch would lag behind the chart.
        session.show(null);
        t.setBeta(beta);
        t.setLearningRate(learningRate);
        if (freshConfig != null) {
            owner.weightsChanged();
        }
        startEpoch = t.epochsDone();
        started = System.nanoTime();
        EpochOutcome outcome;
        try {
            outcome = pauseRequested ? null : traced != null ? stepMinibatch(t) : t.train(untilEpoch - startEpoch,
                    this::epochDone, () -> {
                        if (pauseRequested) {
                            t.requestStop();
                        }
                        worker.yieldPoint().yieldNow();
                    });
        } catch (RuntimeException | OutOfMemoryError e) {
            owner.runFailed(failureReason(e), t.epochsDone(), untilEpoch);
            return;
        }
        if (outcome != null && outcome.status() == EpochOutcome.Status.STOPPED) {
            owner.weightsChanged();
        }
        owner.runEnded(outcome, t.epochsDone(), untilEpoch);
        if (outcome != null && outcome.status() == EpochOutcome.Status.DIVERGED) {
            owner.weightsChanged();
        }
    }

    /**
     * What the status line says of an epoch that threw: a sentence in the user's language with the first line of
     * the cause's own words (its class name only when it has none); the stack trace goes to the error stream.
     */
    static String failureReason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return Texts.get("status.reason.memory");
        }
        e.printStackTrace();
        String cause = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().lines().findFirst().orElse("");
        return Texts.get("status.reason.internal", cause);
    }

    /** One minibatch and its trace; the epoch's outcome when it ended the epoch or diverged, else {@code null}. */
    private EpochOutcome stepMinibatch(Trainer t) {
        MinibatchStep step = t.stepMinibatch();
        EpochOutcome end = step.epochEnd();
        if (end != null && end.status() == EpochOutcome.Status.DIVERGED) {
            return end;
        }
        traced.accept(step);
        if (end != null) {
            owner.epochDone(end.report());
        }
        owner.weightsChanged();
        return end;
    }

    private void epochDone(EpochReport report) {
        owner.epochDone(report);
        worker.yieldPoint().yieldNow();
        boolean last = report.epoch() == untilEpoch;
        if (pictures.due(last)) {
            owner.weightsChanged();
        }
        if (progressLine.due(last)) {
            double perEpoch = (System.nanoTime() - started) / 1e9 / (report.epoch() - startEpoch);
            owner.progressed(new TrainingProgress(report.epoch(), untilEpoch, perEpoch * (untilEpoch - report.epoch()),
                    report.train().negativeElbo()));
        }
    }
}
