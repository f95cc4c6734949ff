package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.settings.VaeConfig;

/** The closed-form KL(q(z|x) ‖ N(0, I)) the model reports agrees with a Monte Carlo estimate of its definition. */
class KlDivergenceTest {

    @Test
    void closedFormKlMatchesMonteCarlo() {
        int inputDim = 4;
        int latent = 3;
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(latent).withSeed(3);
        Vae vae = Vae.initialise(config, FeatureScaling.identity(inputDim), null, "kl", null, DataType.DOUBLE);
        // Spread the posteriors away from the prior so that the KL is far from zero.
        INDArray params = vae.parameters();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < params.length(); i++) {
            params.putScalar(i, params.getDouble(i) + 0.5 * random.nextGaussian());
        }
        float[] x = new float[2 * inputDim];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        Encoding q = vae.encode(x, 2);
        for (int row = 0; row < 2; row++) {
            float[] xs = java.util.Arrays.copyOfRange(x, row * inputDim, (row + 1) * inputDim);
            double closedForm = vae.elbo(xs, 1, row).kl();

            // KL = E_q[log q(z) − log p(z)], estimated from n draws of z.
            int n = 400_000;
            double sum = 0;
            double sumSquares = 0;
            for (int s = 0; s < n; s++) {
                double logRatio = 0;
                for (int k = 0; k < latent; k++) {
                    double mu = q.mean()[row * latent + k];
                    double sigma = q.sigma()[row * latent + k];
                    double eps = random.nextGaussian();
                    double z = mu + sigma * eps;
                    logRatio += -Math.log(sigma) - 0.5 * eps * eps + 0.5 * z * z;
                }
                sum += logRatio;
                sumSquares += logRatio * logRatio;
            }
            double mean = sum / n;
            double standardError = Math.sqrt((sumSquares / n - mean * mean) / n);
            // Five standard errors, plus float rounding of the encoder's outputs.
            assertEquals(mean, closedForm, 5 * standardError + 1e-4 * Math.abs(closedForm),
                    "row " + row + " KL closed form vs Monte Carlo");
        }
    }
}
