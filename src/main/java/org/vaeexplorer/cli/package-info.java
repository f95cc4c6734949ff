/**
 * Headless commands on the model, for scripting and preparing a class: train, eval, encode, sample, decode, bench,
 * lesson (list the bundled lessons, check one).
 * Nothing here depends on JavaFX.
 */
package org.vaeexplorer.cli;
