/**
 * Datasets as the user gave them: the built-in toy sets and image sets, CSV and IDX readers that refuse bad input
 * with the file, line and field named, labels, and the principal-component projection the data view draws.
 * Depends on no other part of the model.
 */
package org.vaeexplorer.model.data;
