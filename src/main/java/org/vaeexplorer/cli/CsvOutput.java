package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.vaeexplorer.model.files.AtomicFiles;
import org.vaeexplorer.text.Texts;

/**
 * Writes a numeric table as CSV, to a file (atomically) or to standard output when no file is named. The rows are
 * made and written a chunk at a time, so that the memory a table needs does not grow with its length; a value that
 * is not a finite number ends the writing with an error instead of printing NaN or Infinity as a result.
 */
final class CsvOutput {
    /** About this many values are made at once: 16 MB of floats. */
    static final int CHUNK_VALUES = 1 << 22;

    /** Supplies row {@code r}'s extra text column, or {@code null} for none. */
    interface TextColumn {
        String valueAt(int row);
    }

    /** Makes rows {@code from} to {@code to} (exclusive), row-major, in order: each chunk after the one before. */
    interface Rows {
        float[] make(int from, int to) throws IOException;
    }

    /** A model produced a value that is not a finite number. */
    static final class NonFiniteException extends IOException {
        NonFiniteException(String message) {
            super(message);
        }
    }

    private CsvOutput() {
    }

    /** Rows per chunk for a table {@code cols} wide. */
    static int chunkRows(int cols) {
        return Math.max(1, CHUNK_VALUES / Math.max(1, cols));
    }

    static void write(Path file, PrintStream stdout, List<String> header, Rows source, int rows,
            TextColumn extraName, String extraHeader) throws IOException {
        AtomicFiles.Writer writer = out -> writeTo(out, header, source, rows, extraName, extraHeader);
        if (file == null) {
            writer.writeTo(stdout);
            stdout.flush();
        } else {
            AtomicFiles.write(file, writer);
        }
    }

    private static void writeTo(OutputStream raw, List<String> header, Rows source, int rows, TextColumn extra,
            String extraHeader) throws IOException {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder(String.join(",", header.stream().map(CsvOutput::quote).toList()));
        if (extra != null) {
            line.append(',').append(quote(extraHeader));
        }
        out.println(line);
        int cols = header.size();
        int chunk = chunkRows(cols);
        for (int from = 0; from < rows; from += chunk) {
            int to = Math.min(rows, from + chunk);
            float[] values = source.make(from, to);
            for (int r = from; r < to; r++) {
                line.setLength(0);
                for (int c = 0; c < cols; c++) {
                    float v = values[(r - from) * cols + c];
                    if (!Float.isFinite(v)) {
                        out.flush();
                        throw new NonFiniteException(Texts.get("cli.csv.nonFinite", Integer.toString(r + 1),
                                header.get(c), Float.toString(v)));
                    }
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(String.format(Locale.ROOT, "%.7g", v));
                }
                if (extra != null) {
                    line.append(',').append(quote(extra.valueAt(r)));
                }
                out.println(line);
            }
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException(Texts.get("cli.csv.writeFailed"));
        }
    }

    /**
     * A text cell: quoted when it holds a comma or a quote, and prefixed with an apostrophe when it starts like a
     * spreadsheet formula (=, +, -, @), so that a label such as {@code =HYPERLINK(…)} opens as text, not as a formula.
     */
    static String quote(String s) {
        String text = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
