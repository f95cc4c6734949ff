/**
 * Training a network on a dataset: the epoch loop with reshuffled minibatches, Adam, KL warm-up, held-out figures
 * after every epoch, divergence caught and rolled back, and the reports the loss chart and the command line show.
 */
package org.vaeexplorer.model.training;
