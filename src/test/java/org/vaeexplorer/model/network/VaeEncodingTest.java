package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/** Encoding chosen rows of a dataset in small chunks gives what encoding a copy of those rows at once gives. */
class VaeEncodingTest {
    @Test
    void encodingRowsOfADatasetMatchesEncodingTheirCopy() {
        int cols = 300;
        int rows = 1500;
        SplittableRandom random = new SplittableRandom(3);
        float[] values = new float[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        List<String> names = java.util.stream.IntStream.range(0, cols).mapToObj(j -> "f" + j).toList();
        Dataset data = new Dataset("wide", rows, cols, values, null, List.of(), names, null);
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(16)).withLatentDim(3)
                .withLikelihood(Likelihood.GAUSSIAN_DIAGONAL);
        Vae vae = Vae.initialise(config, FeatureScaling.standardising(data, rows), null, "wide", null,
                DataType.FLOAT);
        // More rows than one chunk holds (131,072 / 300 = 436), in a scrambled order, with a repeat.
        int[] chosen = new int[1000];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = (i * 7919) % rows;
        }
        chosen[999] = chosen[0];
        float[] copy = new float[chosen.length * cols];
        for (int i = 0; i < chosen.length; i++) {
            System.arraycopy(values, chosen[i] * cols, copy, i * cols, cols);
        }

        int[] betweenChunks = {0};
        Encoding chunked = vae.encodeRows(data, chosen, () -> betweenChunks[0]++);
        Encoding whole = vae.encode(copy, chosen.length);

        assertArrayEquals(whole.mean(), chunked.mean(), 1e-5f);
        assertArrayEquals(whole.sigma(), chunked.sigma(), 1e-5f);
        assertEquals(2, betweenChunks[0], "1,000 rows in chunks of 436: work runs twice between them");
    }

    @Test
    void encodingRowsOfDataOfAnotherWidthIsRefused() {
        Dataset data = new Dataset("narrow", 2, 2, new float[4], null, List.of(), List.of("a", "b"),
                null);
        Vae vae = Vae.initialise(VaeConfig.defaults(), FeatureScaling.identity(3), null, "x", null, DataType.FLOAT);
        assertThrows(IllegalArgumentException.class, () -> vae.encodeRows(data, new int[] {0, 1}, () -> { }));
    }
}
