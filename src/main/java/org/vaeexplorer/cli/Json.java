package org.vaeexplorer.cli;

import java.util.Locale;

/** Builds one JSON object on one line, for output that scripts read. */
final class Json {
    private final StringBuilder text = new StringBuilder("{");

    Json put(String key, String value) {
        key(key).append('"').append(escape(value)).append('"');
        return this;
    }

    Json put(String key, long value) {
        key(key).append(value);
        return this;
    }

    Json put(String key, double value) {
        key(key).append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null");
        return this;
    }

    Json put(String key, boolean value) {
        key(key).append(value);
        return this;
    }

    Json put(String key, java.util.List<String> values) {
        key(key).append('[');
        for (int i = 0; i < values.size(); i++) {
            text.append(i > 0 ? "," : "").append('"').append(escape(values.get(i))).append('"');
        }
        text.append(']');
        return this;
    }

    Json put(String key, double[] values) {
        key(key).append('[');
        for (int i = 0; i < values.length; i++) {
            text.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.6g", values[i]));
        }
        text.append(']');
        return this;
    }

    private StringBuilder key(String key) {
        if (text.length() > 1) {
            text.append(',');
        }
        return text.append('"').append(key).append("\":");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
