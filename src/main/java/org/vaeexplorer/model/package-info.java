/**
 * The variational autoencoder on ND4J: configuration, network, training, datasets and file formats.
 * Nothing here depends on JavaFX: the command line, the user interface and the tests all use it alike.
 */
package org.vaeexplorer.model;
