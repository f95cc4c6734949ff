package org.vaeexplorer.model.network;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The VAE's layers wired once over its flat parameter and gradient vectors (in the order of
 * {@link ParameterLayout}), with its likelihood: the encoder's hidden layers, the μ and log σ² heads, the decoder's
 * hidden layers (the encoder's mirrored) and the output layer. It holds no per-row memory; a {@link ForwardPass}
 * does, and the training step adds the backward pass to one.
 */
final class VaeNetwork {
    private final int inputDim;
    private final int latentDim;
    private final DataType dataType;
    private final List<DenseLayer> encoder = new ArrayList<>();
    private final DenseLayer meanHead;
    private final DenseLayer logVarianceHead;
    private final List<DenseLayer> decoder = new ArrayList<>();
    private final DenseLayer output;
    private final ReconstructionDistribution distribution;
    private final boolean variational;

    VaeNetwork(VaeConfig config, FeatureScaling scaling, INDArray parameters, INDArray gradients) {
        this.inputDim = scaling.dim();
        this.latentDim = config.latentDim();
        this.dataType = parameters.dataType();
        this.variational = config.isVariational();
        ParameterLayout layout = ParameterLayout.of(config, inputDim);
        Activation hidden = config.activation();
        for (ParameterLayout.Block b : layout.encoder()) {
            encoder.add(new DenseLayer(b, parameters, gradients, hidden));
        }
        meanHead = new DenseLayer(layout.meanHead(), parameters, gradients, Activation.IDENTITY);
        logVarianceHead = new DenseLayer(layout.logVarianceHead(), parameters, gradients, Activation.IDENTITY);
        for (ParameterLayout.Block b : layout.decoder()) {
            decoder.add(new DenseLayer(b, parameters, gradients, hidden));
        }
        output = new DenseLayer(layout.output(), parameters, gradients, Activation.IDENTITY);
        distribution = ReconstructionDistribution.of(config.likelihood(), layout, scaling, config.fixedVariance(),
                parameters, gradients);
    }

    int inputDim() {
        return inputDim;
    }

    int latentDim() {
        return latentDim;
    }

    /** False for a plain autoencoder: z = μ, no KL, the log-variance head unused. */
    boolean variational() {
        return variational;
    }

    DataType dataType() {
        return dataType;
    }

    List<DenseLayer> encoder() {
        return encoder;
    }

    DenseLayer meanHead() {
        return meanHead;
    }

    DenseLayer logVarianceHead() {
        return logVarianceHead;
    }

    List<DenseLayer> decoder() {
        return decoder;
    }

    DenseLayer output() {
        return output;
    }

    ReconstructionDistribution distribution() {
        return distribution;
    }

    /** The widest row any layer reads or writes. */
    int widestRow() {
        int widest = Math.max(inputDim, latentDim);
        for (DenseLayer layer : encoder) {
            widest = Math.max(widest, layer.fanOut());
        }
        return widest;
    }

    /** Sets the output bias so that the decoder's mean starts at the given per-feature means (model units). */
    void startOutputAtMeans(double[] featureMeans) {
        for (int j = 0; j < featureMeans.length; j++) {
            output.bias().set(j, distribution.outputForMean(featureMeans[j]));
        }
    }
}
