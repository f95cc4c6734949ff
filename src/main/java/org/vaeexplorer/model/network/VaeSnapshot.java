package org.vaeexplorer.model.network;

import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * An immutable copy of a model: its settings, the scaling it applies to data, and every parameter in the order of
 * {@link ParameterLayout}. Safe to hand to another thread; what model files store.
 *
 * @param dataName    the name of the data it was trained on, for display
 * @param imageShape  the picture shape of that data, or {@code null}
 */
public record VaeSnapshot(VaeConfig config, FeatureScaling scaling, double[] parameters, String dataName,
        ImageShape imageShape) {

    public VaeSnapshot {
        long expected = ParameterLayout.of(config, scaling.dim()).size();
        if (parameters.length != expected) {
            throw new IllegalArgumentException("a " + config.hiddenLayers() + " model of " + scaling.dim()
                    + " features has " + expected + " parameters, not " + parameters.length);
        }
        parameters = parameters.clone();
    }

    public int inputDim() {
        return scaling.dim();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }
}
