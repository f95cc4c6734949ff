package org.vaeexplorer.model.data;

import org.vaeexplorer.text.Texts;

/**
 * How a delimited text file is written: the delimiter between fields, whether the first line names the columns, and
 * whether numbers use a decimal comma ({@code 0,12}) rather than a point.
 */
public record CsvFormat(char delimiter, boolean header, boolean decimalComma) {
    /** The delimiters a file may use. */
    public static final char[] DELIMITERS = {',', ';', '\t'};

    public CsvFormat {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new IllegalArgumentException(Texts.get("csv.import.delimiter"));
        }
        if (decimalComma && delimiter == ',') {
            throw new IllegalArgumentException(Texts.get("csv.format.decimalComma"));
        }
    }

    /** Whether a trimmed field is a plain decimal number in this format: no hexadecimal, suffixes, NaN or Infinity. */
    public boolean isNumber(String field) {
        return !Float.isNaN(CsvNumber.parse(field.toCharArray(), 0, field.length(), decimalComma ? ',' : '.'));
    }

    /** A field for which {@link #isNumber} holds, as a double. */
    double parse(String field) {
        return Double.parseDouble(decimalComma ? field.replace(',', '.') : field);
    }

    /** Whether a trimmed field means "no value": empty, NA or NaN in any case. */
    public static boolean isMissing(String field) {
        return field.isEmpty() || field.equalsIgnoreCase("na") || field.equalsIgnoreCase("nan");
    }

    /** "a comma", "a semicolon" or "a tab", in the language in use. */
    public static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> Texts.get("csv.delimiter.tab");
            case ';' -> Texts.get("csv.delimiter.semicolon");
            default -> Texts.get("csv.delimiter.comma");
        };
    }
}
