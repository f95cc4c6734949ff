package org.vaeexplorer.model.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.text.Texts;

/**
 * The first lines of a CSV file, read once: the format found in them (or chosen), the column names, the first rows
 * for showing, each column's statistics and the proposed way to import it. Changing the format re-splits the same
 * lines without reading the file again.
 */
public final class CsvPreview {
    /** Lines read for sniffing and statistics: enough to see the columns, few enough to be instant on any file. */
    static final int SAMPLE_LINES = 1000;
    static final int MAX_COLUMNS = 100_000;
    /** Rows kept for showing. */
    static final int KEPT_ROWS = 50;
    private final String file;
    private final List<String> lines;
    private final List<Integer> lineNumbers;
    private final CsvFormat format;
    private final List<String> names;
    private final List<List<String>> rows;
    private final List<ColumnStats> stats;

    private CsvPreview(String file, List<String> lines, List<Integer> lineNumbers, CsvFormat format)
            throws DataFormatException {
        this.file = file;
        this.lines = lines;
        this.lineNumbers = lineNumbers;
        this.format = format;
        long delimiters = lines.get(0).chars().filter(ch -> ch == format.delimiter()).count();
        if (delimiters + 1 > MAX_COLUMNS) {
            throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(lineNumbers.get(0))),
                    Texts.get("polish.csv.tooManyColumns", String.valueOf(delimiters + 1),
                            String.valueOf(MAX_COLUMNS)));
        }
        List<String> first = CsvLines.split(lines.get(0), format.delimiter(), file, lineNumbers.get(0));
        names = new ArrayList<>();
        for (int c = 0; c < first.size(); c++) {
            names.add(format.header() ? abbreviate(first.get(c).trim()) : Texts.get("import.columnNumber",
                    String.valueOf(c + 1)));
        }
        List<List<String>> sample = new ArrayList<>();
        for (int i = format.header() ? 1 : 0; i < lines.size(); i++) {
            sample.add(CsvLines.split(lines.get(i), format.delimiter(), file, lineNumbers.get(i)));
        }
        stats = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            stats.add(ColumnStats.of(names.get(c), c, sample, format));
        }
        // Only the rows shown are kept: split fields of a wide file take tens of MB while its data is read.
        rows = List.copyOf(sample.subList(0, Math.min(KEPT_ROWS, sample.size())));
    }

    /** The first lines of a file, in the format they show. */
    public static CsvPreview read(Path path) throws DataFormatException {
        String file = path.getFileName().toString();
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try {
            if (Files.size(path) > CsvReader.MAX_FILE_BYTES) {
                throw new DataFormatException(file, null,
                        Texts.get("polish.csv.tooLarge", String.valueOf(CsvReader.MAX_FILE_BYTES >> 20)));
            }
            try (CsvLines in = CsvLines.open(path, file)) {
                String line;
                while (lines.size() < SAMPLE_LINES && (line = in.next()) != null) {
                    lines.add(line);
                    numbers.add(in.number());
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, null, Texts.get("file.problem.missing", path.toAbsolutePath()));
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, null, Texts.get("csv.problem.notUtf8"));
        } catch (IOException e) {
            throw new DataFormatException(file, null, InputFiles.cannotBeRead(e));
        }
        if (lines.isEmpty()) {
            throw new DataFormatException(file, null, Texts.get("csv.problem.empty"));
        }
        return new CsvPreview(file, lines, numbers, CsvSniffer.sniff(lines, file));
    }

    /** The same lines read in another format. */
    public CsvPreview withFormat(CsvFormat other) throws DataFormatException {
        return new CsvPreview(file, lines, lineNumbers, other);
    }

    public String file() {
        return file;
    }

    public CsvFormat format() {
        return format;
    }

    /** The column names: the header's, or "column 1", "column 2", ... */
    public List<String> names() {
        return names;
    }

    /** The first data rows as split (at most {@code max} and {@value #KEPT_ROWS}); a row may have more or fewer fields than there are names. */
    public List<List<String>> rows(int max) {
        return rows.subList(0, Math.min(max, rows.size()));
    }

    public List<ColumnStats> stats() {
        return stats;
    }

    /** The automatic proposal: roles by {@link RoleProposal}, rows with missing values dropped, pixels if they are. */
    public CsvImport proposal() {
        List<ColumnRole> roles = RoleProposal.roles(stats);
        return new CsvImport(format, roles, CsvImport.Missing.DROP, RoleProposal.image(stats, roles));
    }

    /** The picture shape proposed for the features that {@code roles} chooses, or {@code null}. */
    public ImageShape proposedImage(List<ColumnRole> roles) {
        return RoleProposal.image(stats, roles);
    }

    /**
     * A column by its header name or 1-based number.
     *
     * @throws DataFormatException naming the columns there are, when there is no such column
     */
    public int column(String wanted) throws DataFormatException {
        String trimmed = wanted.trim();
        int named = namedColumn(trimmed);
        if (named >= 0) {
            return named;
        }
        try {
            int number = Integer.parseInt(trimmed);
            if (number >= 1 && number <= names.size()) {
                return number - 1;
            }
            throw new DataFormatException(file, null, Texts.get("polish.csv.noColumnNumber", String.valueOf(number),
                    String.valueOf(names.size())));
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, null, format.header()
                    ? Texts.get("csv.problem.noColumnNamed", trimmed, String.join(", ", names))
                    : Texts.get("csv.problem.noColumnNoHeader", trimmed));
        }
    }

    /** Whether the header names a column {@code name} (case aside). */
    public boolean hasColumnNamed(String name) {
        return namedColumn(name.trim()) >= 0;
    }

    private int namedColumn(String trimmed) {
        for (int c = 0; c < names.size(); c++) {
            if (format.header() && names.get(c).equalsIgnoreCase(trimmed)) {
                return c;
            }
        }
        return -1;
    }

    /** Names and labels longer than this are cut. */
    static final int ABBREVIATED = 40;

    static String abbreviate(String s) {
        return s.length() > ABBREVIATED ? s.substring(0, ABBREVIATED - 3) + "..." : s;
    }
}
