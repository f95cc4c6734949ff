package org.vaeexplorer.model.network;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The order of a model's parameters in its flat vector; model files and snapshots store that vector as is.
 * Each dense layer contributes its weights (fan-in × fan-out, row-major) and then its bias:
 * encoder hidden layers in order, the μ head, the log σ² head, decoder hidden layers in order, the output layer,
 * then the learned log-variances of a Gaussian likelihood (none, one, or one per feature).
 */
record ParameterLayout(List<Block> encoder, Block meanHead, Block logVarianceHead, List<Block> decoder,
        Block output, long logVarianceOffset, int logVarianceCount, long size) {

    /** Where one dense layer's weights and bias sit in the flat vector. */
    record Block(int fanIn, int fanOut, long offset) {
        long weightCount() {
            return (long) fanIn * fanOut;
        }

        long biasOffset() {
            return offset + weightCount();
        }

        long end() {
            return biasOffset() + fanOut;
        }
    }

    static ParameterLayout of(VaeConfig config, int inputDim) {
        long[] cursor = {0};
        List<Block> encoder = new ArrayList<>();
        int width = inputDim;
        for (int hidden : config.hiddenLayers()) {
            encoder.add(block(width, hidden, cursor));
            width = hidden;
        }
        Block mean = block(width, config.latentDim(), cursor);
        Block logVar = block(width, config.latentDim(), cursor);
        List<Block> decoder = new ArrayList<>();
        width = config.latentDim();
        List<Integer> mirrored = new ArrayList<>(config.hiddenLayers());
        java.util.Collections.reverse(mirrored);
        for (int hidden : mirrored) {
            decoder.add(block(width, hidden, cursor));
            width = hidden;
        }
        Block output = block(width, inputDim, cursor);
        int logVarCount = config.likelihood().learnedLogVarianceCount(inputDim);
        long logVarOffset = cursor[0];
        return new ParameterLayout(List.copyOf(encoder), mean, logVar, List.copyOf(decoder), output, logVarOffset,
                logVarCount, logVarOffset + logVarCount);
    }

    private static Block block(int fanIn, int fanOut, long[] cursor) {
        Block b = new Block(fanIn, fanOut, cursor[0]);
        cursor[0] = b.end();
        return b;
    }
}
