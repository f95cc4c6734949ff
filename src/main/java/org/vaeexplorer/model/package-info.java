/**
 * The variational autoencoder, in six packages that depend on each other in one direction only (rules in
 * {@code ArchitectureTest}): {@code data} (datasets, their readers and projection) ← {@code settings} (every
 * setting defined once, the configuration) ← {@code network} (the VAE's one native forward pass, its gradient,
 * likelihoods and KL) ← {@code training} (the epoch loop, Adam, reports); {@code files} (the model file format)
 * reads and writes what {@code network} and {@code settings} define; {@code lessons} (the lesson file, which
 * restores a whole session) uses all of them. Nothing here depends on JavaFX: the command line, the user interface
 * and the tests all use it alike.
 */
package org.vaeexplorer.model;
