/**
 * Headless commands on the model, for scripting and preparing a class: train, eval, encode, sample, decode, bench.
 * Nothing here depends on JavaFX.
 */
package org.vaeexplorer.cli;
