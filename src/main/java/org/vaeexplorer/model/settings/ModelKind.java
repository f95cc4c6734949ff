package org.vaeexplorer.model.settings;

import org.vaeexplorer.text.Texts;

/**
 * What the network is trained as: a variational autoencoder, or a plain autoencoder with the same layers whose code
 * is the encoder's mean z = μ(x), with no sampling and no KL term (its log-variance head is kept, unused, so that
 * both share one parameter layout and one model file format).
 */
public enum ModelKind {
    /** The VAE: z ~ q(z|x), loss −ELBO (reconstruction + β · KL). */
    VAE("vae"),
    /** A plain autoencoder: z = μ(x), loss the reconstruction's negative log-likelihood alone. */
    AUTOENCODER("autoencoder");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How a form names it, in the user's language. */
    public String label() {
        return Texts.get("side.model." + id);
    }

    /** Whether z is sampled from a posterior and a KL term to the prior is part of the loss. */
    public boolean isVariational() {
        return this == VAE;
    }
}
