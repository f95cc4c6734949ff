package org.vaeexplorer.model.data;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.vaeexplorer.text.Texts;

/**
 * Reads a delimited text table as chosen in a {@link CsvImport}: features must be finite numbers, the label column
 * any text, ignored columns anything. Lines are read as characters and numbers taken from them directly (a line
 * with quotes, gaps or a problem goes the careful way, which says what is wrong); values go into blocks, copied
 * once into the dataset's array (twice the data at most), labels into codes. Progress is told and cancellation
 * checked every {@link #CHUNK_ROWS} rows.
 */
public final class CsvReader {
    /** Larger files are refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 1L << 30;
    static final int CHUNK_ROWS = 1024;

    private CsvReader() {
    }

    /**
     * The old way, kept for commands that name the label column: the format sniffed, every other column a feature,
     * missing values refused.
     *
     * @param labelColumn the label column's header name or 1-based number, or {@code null} for unlabelled data
     */
    public static Dataset read(Path file, String labelColumn) throws DataFormatException {
        return read(file, CsvPreview.read(file), labelColumn);
    }

    /** As {@link #read(Path, String)}, with column {@code labelName} as the labels only when the header names it. */
    public static Dataset readLabelledIfNamed(Path file, String labelName) throws DataFormatException {
        CsvPreview preview = CsvPreview.read(file);
        return read(file, preview, preview.hasColumnNamed(labelName) ? labelName : null);
    }

    private static Dataset read(Path file, CsvPreview preview, String labelColumn) throws DataFormatException {
        List<ColumnRole> roles = new ArrayList<>(java.util.Collections.nCopies(preview.names().size(),
                ColumnRole.FEATURE));
        if (labelColumn != null) {
            roles.set(preview.column(labelColumn), ColumnRole.LABEL);
        }
        CsvImport choice = new CsvImport(preview.format(), roles, CsvImport.Missing.REFUSE, null);
        return read(file, choice, ReadProgress.NONE).dataset();
    }

    /**
     * @throws CancellationException when {@code progress} says so
     */
    public static CsvResult read(Path file, CsvImport choice, ReadProgress progress) throws DataFormatException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DataFormatException(name, null,
                        Texts.get("polish.csv.tooLarge", String.valueOf(MAX_FILE_BYTES >> 20)));
            }
            try (CsvLines lines = CsvLines.open(file, name)) {
                return new Parse(name, lines, choice, progress, size).run();
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, null, Texts.get("file.problem.missing", file.toAbsolutePath()));
        } catch (CharacterCodingException e) {
            throw new DataFormatException(name, null, Texts.get("csv.problem.notUtf8"));
        } catch (IOException e) {
            throw new DataFormatException(name, null, InputFiles.cannotBeRead(e));
        }
    }

    /** One reading of one file. */
    private static final class Parse {
        private final String file;
        private final CsvLines lines;
        private final CsvImport choice;
        private final CsvFormat format;
        private final ColumnRole[] roles;
        private final char delimiter;
        private final char mark;
        private final ReadProgress progress;
        private final long size;
        private final int label;
        private final int features;
        private List<String> names;
        private final FloatBlocks values = new FloatBlocks();
        /** The row being read, stored once every field is read. */
        private final float[] row;
        private int[] labelCodes;
        private final Map<CharBuffer, Integer> codes = new HashMap<>();
        private final List<String> classes = new ArrayList<>();
        private int rows;
        private int dropped;

        Parse(String file, CsvLines lines, CsvImport choice, ReadProgress progress, long size) {
            this.file = file;
            this.lines = lines;
            this.choice = choice;
            this.format = choice.format();
            this.roles = choice.roles().toArray(new ColumnRole[0]);
            this.delimiter = format.delimiter();
            this.mark = format.decimalComma() ? ',' : '.';
            this.progress = progress;
            this.size = size;
            this.label = choice.labelColumn();
            this.features = choice.featureCount();
            this.row = new float[Math.max(0, features)];
        }

        CsvResult run() throws IOException, DataFormatException {
            if (!lines.advance()) {
                throw new DataFormatException(file, null, Texts.get("csv.problem.empty"));
            }
            if (features < 1) {
                throw new DataFormatException(file, null, Texts.get("csv.problem.noNumbers"));
            }
            ImageShape image = choice.image();
            if (image != null && image.pixels() != features) {
                throw new DataFormatException(file, null, Texts.get("import.problem.imageSize",
                        image.width() + "×" + image.height(), String.valueOf(image.pixels()),
                        String.valueOf(features)));
            }
            labelCodes = label >= 0 ? new int[1024] : null;
            int columns = header(lines.text());
            boolean more = !format.header() || lines.advance();
            while (more) {
                if ((long) (rows + 1) * features > IdxReader.MAX_VALUES) {
                    throw new DataFormatException(file, null,
                            Texts.get("polish.data.tooManyValues", String.valueOf(IdxReader.MAX_VALUES)));
                }
                if (!quickRow(columns)) {
                    row(CsvLines.split(lines.text(), delimiter, file, lines.number()), columns);
                }
                if ((rows + dropped) % CHUNK_ROWS == 0) {
                    progress.bytesRead(lines.bytesRead(), size);
                    if (progress.cancelled()) {
                        throw new CancellationException();
                    }
                }
                more = lines.advance();
            }
            progress.bytesRead(size, size);
            if (rows < 1) {
                throw new DataFormatException(file, null, Texts.get(dropped > 0 ? "import.problem.allDropped"
                        : "csv.problem.noRows", String.valueOf(dropped)));
            }
            float[] all = values.toArray();
            float divisor = image == null ? 0 : PixelScale.scale(all);
            List<String> featureNames = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (roles[c] == ColumnRole.FEATURE) {
                    featureNames.add(names.get(c));
                }
            }
            String datasetName = file.replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
            int[] labels = null;
            List<String> classNames = List.of();
            if (label >= 0) {
                LabelCoding coding = LabelCoding.ofCodes(Arrays.copyOf(labelCodes, rows), classes);
                labels = coding.labels();
                classNames = coding.classNames();
            }
            return new CsvResult(new Dataset(datasetName, rows, features, all, labels, classNames, featureNames,
                    image), dropped, divisor);
        }

        /** Takes the column names from the first line (or numbers them); returns the column count. */
        private int header(String line) throws DataFormatException {
            long delimiters = line.chars().filter(ch -> ch == format.delimiter()).count();
            if (delimiters + 1 > CsvPreview.MAX_COLUMNS) {
                throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(lines.number())),
                        Texts.get("polish.csv.tooManyColumns", String.valueOf(delimiters + 1),
                                String.valueOf(CsvPreview.MAX_COLUMNS)));
            }
            List<String> first = CsvLines.split(line, format.delimiter(), file, lines.number());
            if (first.size() != choice.roles().size()) {
                throw new DataFormatException(file, null, Texts.get("import.problem.columns",
                        String.valueOf(choice.roles().size()), String.valueOf(first.size())));
            }
            names = new ArrayList<>();
            for (int c = 0; c < first.size(); c++) {
                names.add(format.header() ? CsvPreview.abbreviate(first.get(c).trim())
                        : Texts.get("import.columnNumber", String.valueOf(c + 1)));
            }
            return first.size();
        }

        /**
         * Reads the current line straight from its characters, the usual case. Returns false, having kept nothing,
         * when the line needs {@link #row}, which says exactly what is wrong: a quote, a field that is not a plain
         * number, a wrong field count, or a missing value that is to be refused.
         */
        private boolean quickRow(int columns) throws DataFormatException {
            char[] text = lines.chars();
            int end = lines.end();
            int at = lines.start();
            int f = 0;
            int labelFrom = 0;
            int labelTo = 0;
            for (int c = 0; c < columns; c++) {
                int from = at;
                // Plain whole numbers (pixels, counts) are read on the way to the delimiter.
                int whole = 0;
                boolean digitsOnly = true;
                while (at < end && text[at] != delimiter) {
                    int digit = text[at] - '0';
                    if (digit >= 0 && digit <= 9) {
                        whole = whole * 10 + digit;
                    } else if (text[at] == '"') {
                        return false;
                    } else {
                        digitsOnly = false;
                    }
                    at++;
                }
                if (at == end && c < columns - 1) {
                    return false;
                }
                if (digitsOnly && at > from && at - from <= 9 && roles[c] == ColumnRole.FEATURE) {
                    row[f++] = whole;
                } else if (roles[c] != ColumnRole.IGNORED) {
                    int to = at;
                    while (from < to && text[from] <= ' ') {
                        from++;
                    }
                    while (to > from && text[to - 1] <= ' ') {
                        to--;
                    }
                    if (roles[c] == ColumnRole.FEATURE) {
                        float v = CsvNumber.parse(text, from, to, mark);
                        if (Float.isNaN(v) || Float.isInfinite(v)) {
                            return CsvNumber.isMissing(text, from, to) && dropWhole(text, at, end, c + 1, columns);
                        }
                        row[f++] = v;
                    } else if (from == to) {
                        return dropWhole(text, at, end, c + 1, columns);
                    } else {
                        labelFrom = from;
                        labelTo = to;
                    }
                }
                at++;
            }
            if (at <= end) {
                return false;
            }
            refuseNegativePixel(lines.number());
            values.append(row, features);
            if (label >= 0) {
                labelRow(labelTo - labelFrom > CsvPreview.ABBREVIATED
                        ? CharBuffer.wrap(CsvPreview.abbreviate(new String(text, labelFrom, labelTo - labelFrom)))
                        : CharBuffer.wrap(text, labelFrom, labelTo - labelFrom));
            }
            rows++;
            return true;
        }

        /**
         * A row missing a value in its first {@code fieldsSeen} fields: dropped when that is the choice and the rest
         * of the line (from {@code at}) makes up the right field count without quotes; otherwise false.
         */
        private boolean dropWhole(char[] text, int at, int end, int fieldsSeen, int columns) {
            if (choice.missing() != CsvImport.Missing.DROP) {
                return false;
            }
            int fields = fieldsSeen;
            for (int i = at; i < end; i++) {
                if (text[i] == '"') {
                    return false;
                }
                fields += text[i] == delimiter ? 1 : 0;
            }
            if (fields != columns) {
                return false;
            }
            dropped++;
            return true;
        }

        private void row(List<String> fields, int columns) throws DataFormatException {
            int lineNumber = lines.number();
            if (fields.size() != columns) {
                throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(lineNumber)),
                        Texts.get(format.header() ? "csv.problem.fieldsHeader" : "csv.problem.fieldsFirst",
                                String.valueOf(fields.size()), String.valueOf(columns),
                                CsvFormat.describe(format.delimiter())));
            }
            int f = 0;
            String rowLabel = null;
            for (int c = 0; c < columns; c++) {
                ColumnRole role = roles[c];
                if (role == ColumnRole.IGNORED) {
                    continue;
                }
                String field = fields.get(c).trim();
                if (CsvFormat.isMissing(field) && !(role == ColumnRole.LABEL && !field.isEmpty())) {
                    if (choice.missing() == CsvImport.Missing.DROP) {
                        dropped++;
                        return;
                    }
                    String where = Texts.get("csv.where", String.valueOf(lineNumber), String.valueOf(c + 1),
                            names.get(c));
                    throw new DataFormatException(file, where, role == ColumnRole.LABEL
                            ? Texts.get("polish.csv.emptyLabel", String.valueOf(c + 1), names.get(c))
                            : Texts.get("import.problem.missing", field));
                }
                if (role == ColumnRole.LABEL) {
                    rowLabel = CsvPreview.abbreviate(field);
                } else {
                    row[f++] = number(field, lineNumber, c);
                }
            }
            refuseNegativePixel(lineNumber);
            values.append(row, features);
            if (rowLabel != null) {
                labelRow(CharBuffer.wrap(rowLabel));
            }
            rows++;
        }

        /** Pictures need values of 0 or more: the first negative one is named by its line and column. */
        private void refuseNegativePixel(int lineNumber) throws DataFormatException {
            if (choice.image() == null) {
                return;
            }
            for (int f = 0; f < features; f++) {
                if (row[f] < 0) {
                    int column = -1;
                    for (int seen = -1; seen < f; ) {
                        seen += roles[++column] == ColumnRole.FEATURE ? 1 : 0;
                    }
                    throw new DataFormatException(file, Texts.get("csv.where", String.valueOf(lineNumber),
                            String.valueOf(column + 1), names.get(column)),
                            Texts.get("import.problem.negativePixels", String.valueOf(row[f])));
                }
            }
        }

        /** Codes a row's label; {@code text} may be a view of the line, copied only when it is a new class. */
        private void labelRow(CharBuffer text) throws DataFormatException {
            Integer code = codes.get(text);
            if (code == null) {
                if (classes.size() >= LabelCoding.MAX_CLASSES) {
                    throw new DataFormatException(file, null, Texts.get("polish.data.tooManyClasses",
                            String.valueOf(classes.size() + 1) + "+", String.valueOf(LabelCoding.MAX_CLASSES)));
                }
                String name = text.toString();
                code = classes.size();
                codes.put(CharBuffer.wrap(name), code);
                classes.add(name);
            }
            if (rows >= labelCodes.length) {
                labelCodes = Arrays.copyOf(labelCodes, 2 * labelCodes.length);
            }
            labelCodes[rows] = code;
        }

        private float number(String field, int line, int column) throws DataFormatException {
            String where = Texts.get("csv.where", String.valueOf(line), String.valueOf(column + 1), names.get(column));
            float v = CsvNumber.parse(field.toCharArray(), 0, field.length(), mark);
            if (Float.isNaN(v)) {
                boolean infinite = field.toLowerCase(java.util.Locale.ROOT).contains("inf");
                throw new DataFormatException(file, where, Texts.get("csv.problem.notNumber",
                        CsvPreview.abbreviate(field))
                        + (field.contains(",") && !format.decimalComma() ? Texts.get("csv.problem.usePoint") : "")
                        + (infinite ? Texts.get("csv.problem.missing") : ""));
            }
            if (Float.isInfinite(v)) {
                throw new DataFormatException(file, where, Texts.get("polish.csv.outOfRange",
                        CsvPreview.abbreviate(field)));
            }
            return v;
        }
    }
}
