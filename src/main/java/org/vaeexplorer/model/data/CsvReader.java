package org.vaeexplorer.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.text.Texts;

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
    static final int MAX_LINE_CHARS = 16 << 20;

    private CsvReader() {
    }

    /**
     * @param labelColumn the label column's header name or 1-based number, or {@code null} for unlabelled data
     */
    public static Dataset read(Path file, String labelColumn) throws DataFormatException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataFormatException(name, null,
                        Texts.get("polish.csv.tooLarge", String.valueOf(MAX_FILE_BYTES >> 20)));
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(name, reader, labelColumn);
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, null, Texts.get("file.problem.missing", file.toAbsolutePath()));
        } catch (CharacterCodingException e) {
            throw new DataFormatException(name, null, Texts.get("csv.problem.notUtf8"));
        } catch (IOException e) {
            throw new DataFormatException(name, null, InputFiles.cannotBeRead(e));
        }
    }

    /** Reads lines one at a time, skipping blank ones, refusing any longer than {@link #MAX_LINE_CHARS}. */
    private static final class Lines {
        private final BufferedReader reader;
        private final String file;
        private int number;

        Lines(BufferedReader reader, String file) {
            this.reader = reader;
            this.file = file;
        }

        /** The next non-blank line, or {@code null} at the end. */
        String next() throws IOException, DataFormatException {
            StringBuilder line = new StringBuilder();
            while (true) {
                line.setLength(0);
                int c;
                boolean any = false;
                while ((c = reader.read()) != -1 && c != '\n') {
                    any = true;
                    if (line.length() >= MAX_LINE_CHARS) {
                        throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(number + 1)),
                                Texts.get("polish.csv.longLine", String.valueOf(MAX_LINE_CHARS)));
                    }
                    line.append((char) c);
                }
                if (c == -1 && !any) {
                    return null;
                }
                number++;
                if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
                    line.deleteCharAt(0);
                }
                if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                if (!line.toString().isBlank()) {
                    return line.toString();
                }
            }
        }

        int number() {
            return number;
        }
    }

    static Dataset parse(String name, BufferedReader reader, String labelColumn) throws DataFormatException,
            IOException {
        Lines lines = new Lines(reader, name);
        String firstLine = lines.next();
        if (firstLine == null) {
            throw new DataFormatException(name, null, Texts.get("csv.problem.empty"));
        }
        int firstNumber = lines.number();
        char delimiter = detectDelimiter(firstLine);
        long delimiters = firstLine.chars().filter(ch -> ch == delimiter).count();
        if (delimiters + 1 > MAX_COLUMNS) {
            throw new DataFormatException(name, Texts.get("csv.line", String.valueOf(firstNumber)),
                    Texts.get("polish.csv.tooManyColumns", String.valueOf(delimiters + 1),
                            String.valueOf(MAX_COLUMNS)));
        }
        List<String> first = split(firstLine, delimiter, name, firstNumber);
        int columns = first.size();
        String secondLine = lines.next();
        int secondNumber = lines.number();
        List<String> second = secondLine == null ? null : split(secondLine, delimiter, name, secondNumber);
        if (delimiter != ',') {
            refuseDecimalCommas(first, name, firstNumber);
            if (second != null) {
                refuseDecimalCommas(second, name, secondNumber);
            }
        }
        boolean header = looksLikeHeader(first, second);
        List<String> columnNames = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            columnNames.add(header ? abbreviate(first.get(c).trim()) : "column " + (c + 1));
        }
        int label = labelColumn == null ? -1 : resolveColumn(labelColumn, columnNames, header, name);
        int features = label >= 0 ? columns - 1 : columns;
        if (features < 1) {
            throw new DataFormatException(name, null, Texts.get("csv.problem.noNumbers"));
        }
        float[] values = new float[Math.min(1 << 16, features * 1024)];
        int rows = 0;
        List<String> rawLabels = label >= 0 ? new ArrayList<>() : null;
        String line = header ? secondLine : firstLine;
        int lineNumber = header ? secondNumber : firstNumber;
        boolean secondPending = !header;
        while (line != null) {
            List<String> fields = split(line, delimiter, name, lineNumber);
            if (fields.size() != columns) {
                throw new DataFormatException(name, Texts.get("csv.line", String.valueOf(lineNumber)),
                        Texts.get(header ? "csv.problem.fieldsHeader" : "csv.problem.fieldsFirst",
                                String.valueOf(fields.size()), String.valueOf(columns), describe(delimiter)));
            }
            if ((long) (rows + 1) * features > IdxReader.MAX_VALUES) {
                throw new DataFormatException(name, null,
                        Texts.get("polish.data.tooManyValues", String.valueOf(IdxReader.MAX_VALUES)));
            }
            if ((rows + 1) * features > values.length) {
                values = java.util.Arrays.copyOf(values, (int) Math.min(IdxReader.MAX_VALUES,
                        Math.max((long) (rows + 1) * features, 2L * values.length)));
            }
            int f = 0;
            for (int c = 0; c < columns; c++) {
                String field = fields.get(c).trim();
                if (c == label) {
                    if (field.isEmpty()) {
                        throw new DataFormatException(name, Texts.get("csv.line", String.valueOf(lineNumber)),
                                Texts.get("polish.csv.emptyLabel", String.valueOf(c + 1), columnNames.get(c)));
                    }
                    rawLabels.add(abbreviate(field));
                    continue;
                }
                values[rows * features + f++] = number(field, name, lineNumber, c, columnNames.get(c));
            }
            rows++;
            if (secondPending) {
                secondPending = false;
                line = secondLine;
                lineNumber = secondNumber;
            } else {
                line = lines.next();
                lineNumber = lines.number();
            }
        }
        if (rows < 1) {
            throw new DataFormatException(name, null, Texts.get("csv.problem.noRows"));
        }
        values = java.util.Arrays.copyOf(values, rows * features);
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
        String where = Texts.get("csv.where", String.valueOf(line), String.valueOf(column + 1), columnName);
        if (field.isEmpty()) {
            throw new DataFormatException(file, where, Texts.get("csv.problem.emptyValue"));
        }
        if (!isNumber(field)) {
            boolean missing = field.equalsIgnoreCase("nan") || field.equalsIgnoreCase("na")
                    || field.toLowerCase(java.util.Locale.ROOT).contains("inf");
            throw new DataFormatException(file, where, Texts.get("csv.problem.notNumber", abbreviate(field))
                    + (field.contains(",") || DECIMAL_COMMA_BETWEEN_SEMICOLONS.matcher(field).matches()
                            ? Texts.get("csv.problem.usePoint") : "")
                    + (missing ? Texts.get("csv.problem.missing") : ""));
        }
        double v = Double.parseDouble(field);
        if (Math.abs(v) > Float.MAX_VALUE) {
            throw new DataFormatException(file, where, Texts.get("polish.csv.outOfRange", abbreviate(field)));
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
            throw new DataFormatException(file, null, Texts.get("polish.csv.noColumnNumber", String.valueOf(number),
                    String.valueOf(names.size())));
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, null, header
                    ? Texts.get("csv.problem.noColumnNamed", trimmed, String.join(", ", names))
                    : Texts.get("csv.problem.noColumnNoHeader", trimmed));
        }
    }

    /**
     * The first line is a header when, in the columns where the next line has numbers, it has words, and none of
     * its own fields there is a number (a data line with one mistyped number is then reported, not swallowed).
     */
    private static boolean looksLikeHeader(List<String> first, List<String> second) {
        boolean words = false;
        for (int c = 0; c < first.size(); c++) {
            boolean secondNumeric = second == null || c >= second.size() || isNumber(second.get(c).trim());
            if (!secondNumeric) {
                continue;
            }
            if (isNumber(first.get(c).trim())) {
                return false;
            }
            words = true;
        }
        return words;
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Plain decimal numbers only: no hexadecimal, no 'f' or 'd' suffixes, no NaN or Infinity. */
    private static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** A number written with a decimal comma, such as 0,12 or -1,5. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d+,\\d+");
    /** What a comma-split field looks like when ';' separates decimal-comma numbers: "12;-1" from "0,12;-1,2". */
    private static final java.util.regex.Pattern DECIMAL_COMMA_BETWEEN_SEMICOLONS =
            java.util.regex.Pattern.compile("-?\\d+;-?\\d+");

    /** With ';' or tabs between values, a field like 0,12 is a decimal comma, which the reader does not take. */
    private static void refuseDecimalCommas(List<String> fields, String file, int line) throws DataFormatException {
        for (String field : fields) {
            if (DECIMAL_COMMA.matcher(field.trim()).matches()) {
                throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(line)),
                        Texts.get("csv.problem.decimalComma", field.trim(), field.trim().replace(',', '.')));
            }
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
            throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(lineNumber)),
                    Texts.get("polish.csv.openQuote"));
        }
        fields.add(current.toString());
        return fields;
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> Texts.get("csv.delimiter.tab");
            case ';' -> Texts.get("csv.delimiter.semicolon");
            default -> Texts.get("csv.delimiter.comma");
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
