package org.vaeexplorer.model.data;

/**
 * A CSV file read as a dataset, with what was done on the way.
 *
 * @param droppedRows  rows left out because a used column missed its value
 * @param pixelDivisor what pixel values were divided by to lie in [0, 1] (1, 16, 255 or their maximum), or 0 when
 *                     the data is not a picture
 */
public record CsvResult(Dataset dataset, int droppedRows, float pixelDivisor) {
}
