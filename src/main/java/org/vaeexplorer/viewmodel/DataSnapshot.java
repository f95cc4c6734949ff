package org.vaeexplorer.viewmodel;

import org.vaeexplorer.model.data.Dataset;

/**
 * The current data, as drawn: the dataset itself (immutable) and each row's position on the data view's plane,
 * {@code rows × 2} (the data itself when it has two features, its first two principal components otherwise).
 * Nobody writes {@code plane} once it is published: views read it on other threads (the scatter's painter) too.
 */
public record DataSnapshot(Dataset data, float[] plane, boolean principalComponents) {
}
