package org.vaeexplorer.model.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a CSV file's format from its first lines. The delimiter is the one that splits every line into the same
 * number (more than one) of fields with the most of them numbers; a decimal comma is taken when, with a semicolon
 * or tab between fields, numbers such as {@code 0,12} appear and none with a point. The first line is a header
 * when, in the columns where the next line has numbers, it has words and no number (so a data line with one
 * mistyped number is reported, not swallowed).
 */
final class CsvSniffer {
    /** Lines looked at for the delimiter. */
    static final int SNIFF_LINES = 50;
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
    private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");

    private static final CsvFormat POINT = new CsvFormat(';', false, false);
    private static final CsvFormat COMMA = new CsvFormat(';', false, true);

    private CsvSniffer() {
    }

    static CsvFormat sniff(List<String> lines, String file) {
        List<String> sample = lines.subList(0, Math.min(SNIFF_LINES, lines.size()));
        char best = 0;
        double bestScore = -1;
        int bestColumns = 0;
        for (char delimiter : CsvFormat.DELIMITERS) {
            int columns = consistentColumns(sample, delimiter, file);
            if (columns < 2) {
                continue;
            }
            double score = numericShare(sample, delimiter, file);
            if (score > bestScore || (score == bestScore && columns > bestColumns)) {
                best = delimiter;
                bestScore = score;
                bestColumns = columns;
            }
        }
        if (best == 0) {
            best = mostFrequent(lines.get(0));
        }
        boolean decimalComma = best != ',' && usesDecimalComma(sample, best, file);
        return new CsvFormat(best, looksLikeHeader(sample, best, file), decimalComma);
    }

    /** The field count every line shares, or −1 when they differ or a line cannot be split. */
    private static int consistentColumns(List<String> lines, char delimiter, String file) {
        int columns = -1;
        for (int i = 0; i < lines.size(); i++) {
            int n;
            try {
                n = CsvLines.split(lines.get(i), delimiter, file, i + 1).size();
            } catch (DataFormatException e) {
                return -1;
            }
            if (columns >= 0 && n != columns) {
                return -1;
            }
            columns = n;
        }
        return columns;
    }

    /** The share of fields after the first line that are numbers with either decimal mark. */
    private static double numericShare(List<String> lines, char delimiter, String file) {
        CsvFormat point = new CsvFormat(delimiter, false, false);
        CsvFormat comma = delimiter == ',' ? point : new CsvFormat(delimiter, false, true);
        int numbers = 0;
        int fields = 0;
        for (int i = lines.size() > 1 ? 1 : 0; i < lines.size(); i++) {
            for (String field : split(lines.get(i), delimiter, file)) {
                String f = field.trim();
                fields++;
                if (point.isNumber(f) || comma.isNumber(f) || CsvFormat.isMissing(f)) {
                    numbers++;
                }
            }
        }
        return fields == 0 ? 0 : (double) numbers / fields;
    }

    private static boolean usesDecimalComma(List<String> lines, char delimiter, String file) {
        boolean comma = false;
        for (String line : lines) {
            for (String field : split(line, delimiter, file)) {
                String f = field.trim();
                if (POINT_DECIMAL.matcher(f).matches()) {
                    return false;
                }
                comma |= COMMA_DECIMAL.matcher(f).matches();
            }
        }
        return comma;
    }

    private static boolean looksLikeHeader(List<String> lines, char delimiter, String file) {
        List<String> first = split(lines.get(0), delimiter, file);
        List<String> second = lines.size() > 1 ? split(lines.get(1), delimiter, file) : null;
        boolean words = false;
        for (int c = 0; c < first.size(); c++) {
            boolean secondNumeric = second == null || c >= second.size() || eitherMark(second.get(c).trim());
            if (!secondNumeric) {
                continue;
            }
            if (eitherMark(first.get(c).trim())) {
                return false;
            }
            words = true;
        }
        return words;
    }

    /** A number with a decimal point or comma: a mistyped mark must not make a data line look like a header. */
    private static boolean eitherMark(String field) {
        return POINT.isNumber(field) || COMMA.isNumber(field);
    }

    /** Split for looking only: a line that cannot be split counts as one field (the reader reports it). */
    private static List<String> split(String line, char delimiter, String file) {
        try {
            return CsvLines.split(line, delimiter, file, 0);
        } catch (DataFormatException e) {
            return List.of(line);
        }
    }

    private static char mostFrequent(String line) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : CsvFormat.DELIMITERS) {
            long count = line.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
