package org.vaeexplorer.model.data;

import java.io.IOException;
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
 * any text, ignored columns anything. Values go into one float array grown by doubling (at most twice the data),
 * labels into codes; progress is told and cancellation checked every {@link #CHUNK_ROWS} rows.
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
        CsvPreview preview = CsvPreview.read(file);
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
        private final ReadProgress progress;
        private final long size;
        private final int label;
        private final int features;
        private List<String> names;
        private float[] values;
        private int[] labelCodes;
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> classes = new ArrayList<>();
        private int rows;
        private int dropped;

        Parse(String file, CsvLines lines, CsvImport choice, ReadProgress progress, long size) {
            this.file = file;
            this.lines = lines;
            this.choice = choice;
            this.format = choice.format();
            this.progress = progress;
            this.size = size;
            this.label = choice.labelColumn();
            this.features = choice.featureCount();
        }

        CsvResult run() throws IOException, DataFormatException {
            String line = lines.next();
            if (line == null) {
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
            values = new float[Math.min(1 << 16, features * 1024)];
            labelCodes = label >= 0 ? new int[1024] : null;
            int columns = header(line);
            if (format.header()) {
                line = lines.next();
            }
            while (line != null) {
                row(CsvLines.split(line, format.delimiter(), file, lines.number()), columns);
                if ((rows + dropped) % CHUNK_ROWS == 0) {
                    progress.bytesRead(lines.bytesRead(), size);
                    if (progress.cancelled()) {
                        throw new CancellationException();
                    }
                }
                line = lines.next();
            }
            progress.bytesRead(size, size);
            if (rows < 1) {
                throw new DataFormatException(file, null, Texts.get(dropped > 0 ? "import.problem.allDropped"
                        : "csv.problem.noRows", String.valueOf(dropped)));
            }
            values = Arrays.copyOf(values, rows * features);
            float divisor = image == null ? 0 : PixelScale.scale(values, file);
            List<String> featureNames = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (choice.roles().get(c) == ColumnRole.FEATURE) {
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
            return new CsvResult(new Dataset(datasetName, rows, features, values, labels, classNames, featureNames,
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

        private void row(List<String> fields, int columns) throws DataFormatException {
            int lineNumber = lines.number();
            if (fields.size() != columns) {
                throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(lineNumber)),
                        Texts.get(format.header() ? "csv.problem.fieldsHeader" : "csv.problem.fieldsFirst",
                                String.valueOf(fields.size()), String.valueOf(columns),
                                CsvFormat.describe(format.delimiter())));
            }
            if ((long) (rows + 1) * features > IdxReader.MAX_VALUES) {
                throw new DataFormatException(file, null,
                        Texts.get("polish.data.tooManyValues", String.valueOf(IdxReader.MAX_VALUES)));
            }
            if ((rows + 1) * features > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(IdxReader.MAX_VALUES,
                        Math.max((long) (rows + 1) * features, 2L * values.length)));
            }
            int f = 0;
            String rowLabel = null;
            for (int c = 0; c < columns; c++) {
                ColumnRole role = choice.roles().get(c);
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
                    values[rows * features + f++] = number(field, lineNumber, c);
                }
            }
            if (rowLabel != null) {
                labelRow(rowLabel);
            }
            rows++;
        }

        private void labelRow(String text) throws DataFormatException {
            Integer code = codes.get(text);
            if (code == null) {
                if (classes.size() >= LabelCoding.MAX_CLASSES) {
                    throw new DataFormatException(file, null, Texts.get("polish.data.tooManyClasses",
                            String.valueOf(classes.size() + 1) + "+", String.valueOf(LabelCoding.MAX_CLASSES)));
                }
                code = classes.size();
                codes.put(text, code);
                classes.add(text);
            }
            if (rows >= labelCodes.length) {
                labelCodes = Arrays.copyOf(labelCodes, 2 * labelCodes.length);
            }
            labelCodes[rows] = code;
        }

        private float number(String field, int line, int column) throws DataFormatException {
            String where = Texts.get("csv.where", String.valueOf(line), String.valueOf(column + 1), names.get(column));
            if (!format.isNumber(field)) {
                boolean infinite = field.toLowerCase(java.util.Locale.ROOT).contains("inf");
                boolean otherMark = !format.decimalComma() && field.matches("[+-]?\\d*,\\d+");
                throw new DataFormatException(file, where, Texts.get("csv.problem.notNumber",
                        CsvPreview.abbreviate(field))
                        + (otherMark || (field.contains(",") && !format.decimalComma())
                                ? Texts.get("csv.problem.usePoint") : "")
                        + (infinite ? Texts.get("csv.problem.missing") : ""));
            }
            double v = format.parse(field);
            if (Math.abs(v) > Float.MAX_VALUE) {
                throw new DataFormatException(file, where, Texts.get("polish.csv.outOfRange",
                        CsvPreview.abbreviate(field)));
            }
            return (float) v;
        }
    }
}
