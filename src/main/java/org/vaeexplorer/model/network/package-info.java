/**
 * The VAE itself: one forward pass in native memory ({@link org.vaeexplorer.model.network.ForwardPass}) that serves
 * training, held-out figures, encoding and decoding; the hand-written backward pass
 * ({@link org.vaeexplorer.model.network.TrainingStep}); each likelihood's negative log-likelihood, gradient and mean
 * in one type ({@link org.vaeexplorer.model.network.ReconstructionDistribution}); the closed-form KL; and
 * {@link org.vaeexplorer.model.network.YieldPoint}, where long work lets its caller run short jobs.
 */
package org.vaeexplorer.model.network;
