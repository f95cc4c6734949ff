package org.vaeexplorer.model.lessons;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.text.Texts;

/**
 * A lesson's {@code manifest.txt}: UTF-8 text, one {@code key=value} per line, keys of letters, digits, '.', '_'
 * and '-', each at most once; blank lines and lines starting with '#' are ignored. In values a backslash escapes
 * itself, and {@code \n}, {@code \r}, {@code \t} stand for those characters. Reading remembers which keys were asked
 * for, so that a key no reader knows is refused rather than silently dropped.
 */
final class Manifest {
    static final String ENTRY = LessonEntries.MANIFEST;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private final String file;
    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();

    private Manifest(String file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** Writes a manifest, in the order the keys are put. */
    static final class Writer {
        private final StringBuilder text = new StringBuilder();

        Writer put(String key, String value) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.manifestKey", key));
            }
            text.append(key).append('=').append(escape(value)).append('\n');
            return this;
        }

        Writer comment(String line) {
            text.append("# ").append(line).append('\n');
            return this;
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    static Manifest parse(String file, byte[] bytes) throws DataFormatException {
        String text = utf8(file, ENTRY, bytes);
        Map<String, String> values = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (content.isBlank() || content.startsWith("#")) {
                continue;
            }
            String where = Texts.get("polish.lesson.entryLine", ENTRY, String.valueOf(number));
            int eq = content.indexOf('=');
            String key = eq < 0 ? content : content.substring(0, eq);
            if (eq < 0 || !KEY.matcher(key).matches()) {
                throw new DataFormatException(file, where, Texts.get("polish.lesson.keyValue", content));
            }
            if (values.put(key, unescape(file, where, content.substring(eq + 1))) != null) {
                throw new DataFormatException(file, where, Texts.get("polish.lesson.keyTwice", key));
            }
        }
        return new Manifest(file, values);
    }

    /** Strict UTF-8: a lesson written by VAE Explorer never holds anything else. */
    static String utf8(String file, String entry, byte[] bytes) throws DataFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, entry, Texts.get("polish.lesson.notUtf8"));
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String optional(String key) {
        read.add(key);
        return values.get(key);
    }

    String required(String key) throws DataFormatException {
        String value = optional(key);
        if (value == null) {
            throw problem(Texts.get("polish.lesson.keyMissing", key));
        }
        return value;
    }

    int integer(String key, int min, int max) throws DataFormatException {
        long value = longInteger(key);
        if (value < min || value > max) {
            throw problem(Texts.get("polish.model.range", key, String.valueOf(value), String.valueOf(min),
                    String.valueOf(max)));
        }
        return (int) value;
    }

    long longInteger(String key) throws DataFormatException {
        String text = required(key);
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw problem(Texts.get("polish.lesson.notWhole", key, text));
        }
    }

    double number(String key, double min, double max) throws DataFormatException {
        String text = required(key);
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value >= min && value <= max)) {
                throw problem(Texts.get("polish.model.range", key, text, String.valueOf(min), String.valueOf(max)));
            }
            return value;
        } catch (NumberFormatException e) {
            throw problem(Texts.get("polish.lesson.notNumber", key, text));
        }
    }

    /** The values of {@code prefix.0} to {@code prefix.(count − 1)}, each required. */
    List<String> indexed(String prefix, int count) throws DataFormatException {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(required(prefix + "." + i));
        }
        return list;
    }

    /** Every key starting with {@code prefix}, without it, and its value. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                read.add(key);
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }

    /** Refuses the manifest if it holds a key no one has asked for. */
    void checkNoUnknownKeys() throws DataFormatException {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                throw problem(Texts.get("polish.lesson.unknownKey", key));
            }
        }
    }

    DataFormatException problem(String what) {
        return new DataFormatException(file, ENTRY, what);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String file, String where, String text) throws DataFormatException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(++i) : '?';
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                default -> throw new DataFormatException(file, where, Texts.get("polish.lesson.escape", "\\" + next));
            }
        }
        return out.toString();
    }
}
