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

/** Writes a numeric table as CSV, to a file (atomically) or to standard output when no file is named. */
final class CsvOutput {
    /** Supplies row {@code r}'s extra text column, or {@code null} for none. */
    interface TextColumn {
        String valueAt(int row);
    }

    private CsvOutput() {
    }

    static void write(Path file, PrintStream stdout, List<String> header, float[] values, int rows,
            TextColumn extraName, String extraHeader) throws IOException {
        AtomicFiles.Writer writer = out -> writeTo(out, header, values, rows, extraName, extraHeader);
        if (file == null) {
            writer.writeTo(stdout);
            stdout.flush();
        } else {
            AtomicFiles.write(file, writer);
        }
    }

    private static void writeTo(OutputStream raw, List<String> header, float[] values, int rows, TextColumn extra,
            String extraHeader) throws IOException {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder(String.join(",", header.stream().map(CsvOutput::quote).toList()));
        if (extra != null) {
            line.append(',').append(quote(extraHeader));
        }
        out.println(line);
        int cols = header.size();
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    line.append(',');
                }
                line.append(String.format(Locale.ROOT, "%.7g", values[r * cols + c]));
            }
            if (extra != null) {
                line.append(',').append(quote(extra.valueAt(r)));
            }
            out.println(line);
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("writing the table failed (disk full or output closed)");
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
