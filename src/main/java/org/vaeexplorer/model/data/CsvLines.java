package org.vaeexplorer.model.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaeexplorer.text.Texts;

/**
 * A delimited text file as lines and fields: blank lines skipped, a byte-order mark dropped, lines longer than
 * {@link #MAX_LINE_CHARS} refused, fields optionally in double quotes. Counts the bytes read, for progress.
 *
 * <p>Lines are found in a window of decoded characters and handed out as a range of it ({@link #chars()},
 * {@link #start()}, {@link #end()}), so that the reader can take numbers from them without a String per line or
 * field; {@link #next()} gives a line as a String where that is wanted (the preview, the header).
 */
final class CsvLines implements AutoCloseable {
    static final int MAX_LINE_CHARS = 16 << 20;
    private final Reader reader;
    private final String file;
    private final CountingStream counting;
    private char[] window = new char[1 << 16];
    /** The characters not yet handed out are {@code window[next, filled)}. */
    private int next;
    private int filled;
    private boolean ended;
    private int lineStart;
    private int lineEnd;
    private int number;

    private CsvLines(Reader reader, CountingStream counting, String file) {
        this.reader = reader;
        this.counting = counting;
        this.file = file;
    }

    /** Opens a file as strict UTF-8: a malformed byte raises {@link java.nio.charset.CharacterCodingException}. */
    static CsvLines open(Path path, String file) throws IOException {
        CountingStream counting = new CountingStream(Files.newInputStream(path));
        return new CsvLines(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()), counting, file);
    }

    /** The next non-blank line, or {@code null} at the end. */
    String next() throws IOException, DataFormatException {
        return advance() ? text() : null;
    }

    /** Moves to the next non-blank line; false at the end. The line is then {@code chars()[start(), end())}. */
    boolean advance() throws IOException, DataFormatException {
        while (true) {
            int scanned = next;
            int newline = -1;
            while (newline < 0) {
                for (int i = scanned; i < filled; i++) {
                    if (window[i] == '\n') {
                        newline = i;
                        break;
                    }
                }
                int length = (newline < 0 ? filled : newline) - next;
                if (length > MAX_LINE_CHARS) {
                    throw new DataFormatException(file, Texts.get("csv.line", String.valueOf(number + 1)),
                            Texts.get("polish.csv.longLine", String.valueOf(MAX_LINE_CHARS)));
                }
                if (newline < 0) {
                    if (ended) {
                        break;
                    }
                    scanned = filled - next;
                    fill();
                    scanned += next;
                }
            }
            if (newline < 0 && next == filled) {
                return false;
            }
            lineStart = next;
            lineEnd = newline < 0 ? filled : newline;
            next = newline < 0 ? filled : newline + 1;
            number++;
            if (number == 1 && lineEnd > lineStart && window[lineStart] == '\uFEFF') {
                lineStart++;
            }
            if (lineEnd > lineStart && window[lineEnd - 1] == '\r') {
                lineEnd--;
            }
            for (int i = lineStart; i < lineEnd; i++) {
                if (!Character.isWhitespace(window[i])) {
                    return true;
                }
            }
        }
    }

    /** Moves what is left to the window's start (growing it when a line fills it) and reads more after it. */
    private void fill() throws IOException {
        System.arraycopy(window, next, window, 0, filled - next);
        filled -= next;
        next = 0;
        if (filled == window.length) {
            window = Arrays.copyOf(window, Math.min(2 * window.length, MAX_LINE_CHARS + 2));
        }
        int n = reader.read(window, filled, window.length - filled);
        if (n < 0) {
            ended = true;
        } else {
            filled += n;
        }
    }

    /** The characters holding the current line (valid until the next {@link #advance()}). */
    char[] chars() {
        return window;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }

    /** The current line as a String. */
    String text() {
        return new String(window, lineStart, lineEnd - lineStart);
    }

    /** The number of the current line, counting blank ones, from 1. */
    int number() {
        return number;
    }

    /** Bytes taken from the file so far (ahead of the current line by at most the window and the decoder's buffer). */
    long bytesRead() {
        return counting.count();
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
}
