package org.vaeexplorer.model.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the first rows of a CSV show about one column, for proposing its role.
 *
 * @param present    values that are not missing
 * @param missing    empty, NA or NaN values
 * @param numbers    values that are numbers in the file's format
 * @param distinct   different values among the present ones
 * @param integers   whether every number is a whole number
 * @param increasing whether the numbers only ever go up, row after row
 */
public record ColumnStats(String name, int present, int missing, int numbers, int distinct, boolean integers,
        boolean increasing, double min, double max) {

    /** Whether every present value is a number (and there is at least one). */
    public boolean numeric() {
        return numbers > 0 && numbers == present;
    }

    /** The statistics of column {@code column} over rows split from the file (rows too short are passed over). */
    static ColumnStats of(String name, int column, List<List<String>> rows, CsvFormat format) {
        int present = 0;
        int missing = 0;
        int numbers = 0;
        boolean integers = true;
        boolean increasing = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double previous = Double.NEGATIVE_INFINITY;
        Set<String> seen = new HashSet<>();
        for (List<String> row : rows) {
            if (column >= row.size()) {
                continue;
            }
            String field = row.get(column).trim();
            if (CsvFormat.isMissing(field)) {
                missing++;
                continue;
            }
            present++;
            seen.add(field);
            if (format.isNumber(field)) {
                numbers++;
                double v = format.parse(field);
                integers &= v == Math.rint(v);
                increasing &= v > previous;
                previous = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new ColumnStats(name, present, missing, numbers, seen.size(), integers, increasing, min, max);
    }
}
