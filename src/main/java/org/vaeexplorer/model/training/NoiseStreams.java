package org.vaeexplorer.model.training;

import java.util.SplittableRandom;

/** The random streams training draws from, each made from the configuration's seed alone. */
public final class NoiseStreams {
    /** Flips the seed's high bits for the held-out stream (the fractional bits of √2). */
    private static final long HELD_OUT_STREAM = 0x6A09E667F3BCC909L;
    /** Flips them for the choice of held-out rows (the fractional bits of √3). */
    private static final long HOLDOUT_CHOICE_STREAM = 0xBB67AE8584CAA73BL;

    private NoiseStreams() {
    }

    /**
     * Epoch {@code e}'s shuffling and ε come from a stream made from the seed and e alone, so that a run resumed at
     * any epoch draws what the uninterrupted run drew. Training streams start from seed − e.
     */
    static SplittableRandom training(long seed, int epoch) {
        return new SplittableRandom(seed - epoch).split();
    }

    /**
     * The held-out evaluation's ε, the same in every epoch (common random numbers): the change from one epoch's
     * figures to the next is then the weights' alone, not a fresh draw's (decision 0023). Its start is the seed with
     * high bits flipped, which no training stream (seed − e) reaches.
     */
    public static SplittableRandom heldOut(long seed) {
        return new SplittableRandom(seed ^ HELD_OUT_STREAM);
    }

    /** Chooses the rows a random split holds out: from the seed alone, so one seed holds out the same rows. */
    static SplittableRandom holdout(long seed) {
        return new SplittableRandom(seed ^ HOLDOUT_CHOICE_STREAM);
    }
}
