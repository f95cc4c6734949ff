package org.vaeexplorer.model.data;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.text.Texts;

/**
 * A delimited text file as lines and fields: blank lines skipped, a byte-order mark dropped, lines longer than
 * {@link #MAX_LINE_CHARS} refused, fields optionally in double quotes. Counts the bytes read, for progress.
 */
final class CsvLines implements AutoCloseable {
    static final int MAX_LINE_CHARS = 16 << 20;
    private final BufferedReader reader;
    private final String file;
    private final Counting counting;
    private int number;

    private CsvLines(BufferedReader reader, Counting counting, String file) {
        this.reader = reader;
        this.counting = counting;
        this.file = file;
    }

    /** Opens a file as strict UTF-8: a malformed byte raises {@link java.nio.charset.CharacterCodingException}. */
    static CsvLines open(Path path, String file) throws IOException {
        Counting counting = new Counting(Files.newInputStream(path));
        return new CsvLines(new BufferedReader(new InputStreamReader(counting,
                StandardCharsets.UTF_8.newDecoder())), counting, file);
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
            String text = line.toString();
            if (!text.isBlank()) {
                return text;
            }
        }
    }

    /** The number of the line {@link #next()} last returned, counting blank ones, from 1. */
    int number() {
        return number;
    }

    /** Bytes taken from the file so far (ahead of the lines returned by at most the reader's buffer). */
    long bytesRead() {
        return counting.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Splits a line at the delimiter; double quotes protect delimiters, and {@code ""} inside them is a quote. */
    static List<String> split(String line, char delimiter, String file, int lineNumber) throws DataFormatException {
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

    /** Counts the bytes that pass, so that reading can report how far it is. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
