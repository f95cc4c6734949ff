package org.vaeexplorer.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a delimited text table of numbers: comma, semicolon or tab (whichever the first line uses most), an optional
 * header line (recognised when it has words where the next line has numbers), blank lines ignored, fields
 * optionally in double quotes. One column may hold class labels of any text; every other field must be a finite
 * number.
 */
public final class CsvReader {
    /** Larger files are refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 1L << 30;
    static final int MAX_COLUMNS = 100_000;

    private CsvReader() {
    }

    /**
     * @param labelColumn the label column's header name or 1-based number, or {@code null} for unlabelled data
     */
    public static Dataset read(Path file, String labelColumn) throws DataFormatException {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataFormatException(name, null, "is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, more than VAE Explorer will load");
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                lines = reader.lines().toList();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, null, "no such file (" + file.toAbsolutePath() + ")");
        } catch (CharacterCodingException e) {
            throw new DataFormatException(name, null, "is not UTF-8 text (is it a binary file?)");
        } catch (IOException e) {
            throw new DataFormatException(name, null, "cannot be read: " + e.getMessage());
        }
        return parse(name, lines, labelColumn);
    }

    static Dataset parse(String name, List<String> lines, String labelColumn) throws DataFormatException {
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (!line.isBlank()) {
                content.add(line);
                lineNumbers.add(i + 1);
            }
        }
        if (content.isEmpty()) {
            throw new DataFormatException(name, null, "is empty");
        }
        char delimiter = detectDelimiter(content.get(0));
        List<String> first = split(content.get(0), delimiter, name, lineNumbers.get(0));
        int columns = first.size();
        if (columns > MAX_COLUMNS) {
            throw new DataFormatException(name, "line " + lineNumbers.get(0), "has " + columns
                    + " columns; at most " + MAX_COLUMNS + " are supported");
        }
        boolean header = looksLikeHeader(first, content.size() > 1
                ? split(content.get(1), delimiter, name, lineNumbers.get(1)) : null);
        List<String> columnNames = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnNames.add(header ? first.get(c).trim() : "column " + (c + 1));
        }
        int label = labelColumn == null ? -1 : resolveColumn(labelColumn, columnNames, header, name);
        int features = label >= 0 ? columns - 1 : columns;
        if (features < 1) {
            throw new DataFormatException(name, null, "has no numeric column besides the label column");
        }
        int start = header ? 1 : 0;
        int rows = content.size() - start;
        if (rows < 1) {
            throw new DataFormatException(name, null, "has a header but no data rows");
        }
        if ((long) rows * features > IdxReader.MAX_VALUES) {
            throw new DataFormatException(name, null, "holds more than " + IdxReader.MAX_VALUES
                    + " values, more than VAE Explorer will load");
        }
        float[] values = new float[rows * features];
        List<String> rawLabels = label >= 0 ? new ArrayList<>(rows) : null;
        for (int r = 0; r < rows; r++) {
            int lineNumber = lineNumbers.get(start + r);
            List<String> fields = split(content.get(start + r), delimiter, name, lineNumber);
            if (fields.size() != columns) {
                throw new DataFormatException(name, "line " + lineNumber, "has " + fields.size() + " fields, but "
                        + (header ? "the header has " : "the first line has ") + columns
                        + " (the delimiter is " + describe(delimiter) + ")");
            }
            int f = 0;
            for (int c = 0; c < columns; c++) {
                String field = fields.get(c).trim();
                if (c == label) {
                    if (field.isEmpty()) {
                        throw new DataFormatException(name, "line " + lineNumber, "the label in column "
                                + (c + 1) + " ('" + columnNames.get(c) + "') is empty");
                    }
                    rawLabels.add(field);
                    continue;
                }
                values[r * features + f++] = number(field, name, lineNumber, c, columnNames.get(c));
            }
        }
        List<String> featureNames = new ArrayList<>(columnNames);
        if (label >= 0) {
            featureNames.remove(label);
        }
        String datasetName = name.replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        if (rawLabels == null) {
            return new Dataset(datasetName, rows, features, values, null, List.of(), featureNames, null);
        }
        LabelCoding coding = LabelCoding.ofStrings(rawLabels, name);
        return new Dataset(datasetName, rows, features, values, coding.labels(), coding.classNames(), featureNames,
                null);
    }

    private static float number(String field, String file, int line, int column, String columnName)
            throws DataFormatException {
        String where = "line " + line + ", column " + (column + 1) + " ('" + columnName + "')";
        if (field.isEmpty()) {
            throw new DataFormatException(file, where, "the value is empty; missing values are not supported");
        }
        double v;
        try {
            v = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, where, "'" + abbreviate(field) + "' is not a number"
                    + (field.contains(",") ? " (use a point as the decimal separator)" : ""));
        }
        if (!Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
            throw new DataFormatException(file, where, "'" + abbreviate(field)
                    + "' is not a finite number; missing values are not supported");
        }
        return (float) v;
    }

    private static int resolveColumn(String wanted, List<String> names, boolean header, String file)
            throws DataFormatException {
        String trimmed = wanted.trim();
        for (int c = 0; c < names.size(); c++) {
            if (header && names.get(c).equalsIgnoreCase(trimmed)) {
                return c;
            }
        }
        try {
            int number = Integer.parseInt(trimmed);
            if (number >= 1 && number <= names.size()) {
                return number - 1;
            }
            throw new DataFormatException(file, null, "has no column number " + number + " (columns are numbered 1 to "
                    + names.size() + ")");
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, null, "has no column named '" + trimmed + "'"
                    + (header ? " (columns: " + String.join(", ", names) + ")" : " (it has no header line)"));
        }
    }

    private static boolean looksLikeHeader(List<String> first, List<String> second) {
        for (int c = 0; c < first.size(); c++) {
            boolean firstNumeric = isNumber(first.get(c));
            boolean secondNumeric = second == null || c >= second.size() || isNumber(second.get(c));
            if (!firstNumeric && secondNumeric) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static char detectDelimiter(String line) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = line.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<String> split(String line, char delimiter, String file, int lineNumber)
            throws DataFormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"' && current.toString().isBlank()) {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (quoted) {
            throw new DataFormatException(file, "line " + lineNumber, "a quoted field is not closed");
        }
        fields.add(current.toString());
        return fields;
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "a tab";
            case ';' -> "a semicolon";
            default -> "a comma";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** Whether a file name suggests delimited text. */
    public static boolean isCsvName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(new String[] {".csv", ".tsv", ".txt"}).anyMatch(lower::endsWith);
    }
}
