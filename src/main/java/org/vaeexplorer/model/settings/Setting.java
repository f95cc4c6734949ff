package org.vaeexplorer.model.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.vaeexplorer.text.Texts;

/**
 * One setting, described once: the key that names it on the command line, in model files, in preferences and in
 * configuration problems; the label and help a person reads; the kind of value, its allowed range and its default.
 * It reads and writes its values as text and says, in words for the user, what is wrong with a value. The settings
 * of a {@link VaeConfig} are listed in {@link SettingsSchema}.
 *
 * @param <T> the type of the value: {@code Integer}, {@code Double}, {@code Long}, {@code List<Integer>} or an enum
 */
public final class Setting<T> {

    /** What a setting holds; each kind has its own text form. */
    public enum Kind {
        /** A whole number within a range. */
        INTEGER,
        /** A finite real number within a range. */
        REAL,
        /** Comma-separated whole numbers, each within a range; empty text is the empty list. */
        INTEGER_LIST,
        /** One of an enum's values, written by its id. */
        CHOICE,
        /** Any 64-bit whole number. */
        SEED
    }

    /**
     * Allowed values of a number: from {@code min} (included or not) up to {@code max} (included). For integers a
     * {@code max} of {@link Integer#MAX_VALUE} means "no upper limit".
     */
    public record Range(double min, boolean minIncluded, double max) {
        boolean contains(double value) {
            return Double.isFinite(value) && (minIncluded ? value >= min : value > min) && value <= max;
        }

        /** The range in words: "1 to 64", "at least 0", "above 0 up to 1000", "from 0 up to 1000". */
        String describe(boolean integral) {
            if (integral) {
                return max >= Integer.MAX_VALUE ? Texts.get("settings.range.atLeast", formatNumber(min))
                        : Texts.get("settings.range.to", formatNumber(min), formatNumber(max));
            }
            return Texts.get(minIncluded ? "settings.range.from" : "settings.range.above", formatNumber(min),
                    formatNumber(max));
        }
    }

    private final String key;
    /** Keys of the label and help in {@link Texts}, read when asked for: they follow the language. */
    private final String label;
    private final String help;
    private final Kind kind;
    private final Range range;
    private final int maxItems;
    private final List<T> choices;
    private final Function<T, String> idOf;
    private final Function<T, String> labelOf;
    private final T defaultValue;
    private final Supplier<String> defaultNote;

    private Setting(String key, String label, String help, Kind kind, Range range, int maxItems, List<T> choices,
            Function<T, String> idOf, Function<T, String> labelOf, T defaultValue, Supplier<String> defaultNote) {
        this.key = key;
        this.label = label;
        this.help = help;
        this.kind = kind;
        this.range = range;
        this.maxItems = maxItems;
        this.choices = choices;
        this.idOf = idOf;
        this.labelOf = labelOf;
        this.defaultValue = defaultValue;
        this.defaultNote = defaultNote;
    }

    static Setting<Integer> integer(String key, String label, String help, int min, int max, int defaultValue) {
        return new Setting<>(key, label, help, Kind.INTEGER, new Range(min, true, max), 0, List.of(), null, null,
                defaultValue, null);
    }

    static Setting<Double> real(String key, String label, String help, Range range, double defaultValue) {
        return new Setting<>(key, label, help, Kind.REAL, range, 0, List.of(), null, null, defaultValue, null);
    }

    static Setting<List<Integer>> integerList(String key, String label, String help, int min, int max, int maxItems,
            List<Integer> defaultValue) {
        return new Setting<>(key, label, help, Kind.INTEGER_LIST, new Range(min, true, max), maxItems, List.of(),
                null, null, List.copyOf(defaultValue), null);
    }

    static <E extends Enum<E>> Setting<E> choice(String key, String label, String help, E[] values,
            Function<E, String> idOf, Function<E, String> labelOf, E defaultValue) {
        return new Setting<>(key, label, help, Kind.CHOICE, null, 0, List.of(values), idOf, labelOf, defaultValue,
                null);
    }

    static Setting<Long> seed(String key, String label, String help, long defaultValue) {
        return new Setting<>(key, label, help, Kind.SEED, null, 0, List.of(), null, null, defaultValue, null);
    }

    /** The same setting, whose default depends on the data: the text {@code noteKey} says how, for help texts. */
    Setting<T> withDefaultNote(String noteKey, Object... arguments) {
        return new Setting<>(key, label, help, kind, range, maxItems, choices, idOf, labelOf, defaultValue,
                () -> Texts.get(noteKey, arguments));
    }

    /** The name on the command line ({@code --key}), in model file headers and in configuration problems. */
    public String key() {
        return key;
    }

    /** A short name for a form. */
    public String label() {
        return Texts.get(label);
    }

    /** What the setting does to the model, in a sentence or three. */
    public String help() {
        return Texts.get(help);
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed numbers (of each item, for a list), or {@code null} for choices and seeds. */
    public Range range() {
        return range;
    }

    /** The values of a choice, in order; empty for other kinds. */
    public List<T> choices() {
        return choices;
    }

    /** How a form shows one of the choices. */
    public String choiceLabel(T value) {
        return value == null ? "" : labelOf.apply(value);
    }

    /** The value used when nothing else is known (no data yet). */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default for help texts: the value as text, or how it follows from the data. */
    public String defaultText() {
        return defaultNote != null ? defaultNote.get() : format(defaultValue);
    }

    /** The values this setting allows, in words: "1 to 64", "relu, tanh, elu or identity", … */
    public String allowedText() {
        return switch (kind) {
            case INTEGER -> range.describe(true);
            case REAL -> range.describe(false);
            case INTEGER_LIST -> Texts.get("settings.allowed.list", String.valueOf(maxItems), range.describe(true));
            case CHOICE -> orList(choices.stream().map(idOf).toList());
            case SEED -> Texts.get("settings.allowed.seed");
        };
    }

    /** The value as text, such that {@link #parse} gives it back exactly. */
    public String format(T value) {
        return switch (kind) {
            case INTEGER, SEED -> String.valueOf(value);
            case REAL -> formatNumber((Double) value);
            case INTEGER_LIST -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(","));
            case CHOICE -> idOf.apply(value);
        };
    }

    /**
     * Reads a value from text, ignoring surrounding spaces. Whole numbers beyond the range are refused here too, as
     * they may not fit the value's type; other range problems are left to {@link #problemWith}.
     *
     * @throws InvalidConfigException with one problem naming this setting when the text is not a value of its kind
     */
    @SuppressWarnings("unchecked")
    public T parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() && (kind == Kind.INTEGER || kind == Kind.REAL || kind == Kind.SEED)) {
            throw problem(kind == Kind.REAL ? Texts.get("settings.problem.emptyReal", range.describe(false))
                    : kind == Kind.SEED ? Texts.get("settings.problem.emptySeed")
                    : Texts.get("settings.problem.emptyInteger", range.describe(true)));
        }
        return switch (kind) {
            case INTEGER -> (T) Integer.valueOf(parseInteger(trimmed));
            case REAL -> (T) Double.valueOf(parseReal(trimmed));
            case INTEGER_LIST -> (T) parseList(trimmed);
            case CHOICE -> choices.stream().filter(c -> idOf.apply(c).equalsIgnoreCase(trimmed)).findFirst()
                    .orElseThrow(() -> problem(Texts.get("settings.problem.unknown", key, trimmed, allowedText())));
            case SEED -> (T) Long.valueOf(parseLong(trimmed, ""));
        };
    }

    /** What is wrong with a value, in words for the user, or {@code null} when it is allowed. */
    public String problemWith(T value) {
        if (value == null) {
            return Texts.get(kind == Kind.CHOICE ? "settings.problem.choose" : "settings.problem.none", allowedText());
        }
        return switch (kind) {
            case INTEGER, REAL -> {
                double v = ((Number) value).doubleValue();
                yield range.contains(v) ? null : outOfRange(kind == Kind.REAL ? formatNumber(v) : value.toString());
            }
            case INTEGER_LIST -> listProblem((List<?>) value);
            case CHOICE, SEED -> null;
        };
    }

    private String listProblem(List<?> values) {
        if (values.size() > maxItems) {
            return Texts.get("settings.problem.tooMany", String.valueOf(maxItems), label().toLowerCase(Locale.ROOT));
        }
        for (Object item : values) {
            if (!(item instanceof Integer number) || !range.contains(number)) {
                return Texts.get("settings.problem.each", range.describe(true), String.valueOf(item));
            }
        }
        return null;
    }

    private String outOfRange(String value) {
        return Texts.get(kind == Kind.REAL ? "settings.problem.rangeReal" : "settings.problem.range",
                range.describe(kind != Kind.REAL), value);
    }

    private int parseInteger(String text) {
        long value = parseLong(text, "");
        if (value < range.min() || value > range.max()) {
            throw problem(outOfRange(text));
        }
        return (int) value;
    }

    private double parseReal(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw problem(Texts.get("settings.problem.notNumber", text));
        }
        if (!Double.isFinite(value)) {
            throw problem(Texts.get("settings.problem.notFinite", text));
        }
        return value;
    }

    private List<Integer> parseList(String text) {
        List<Integer> values = new ArrayList<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String part : text.split(",", -1)) {
            long value = parseLong(part.trim(), Texts.get("settings.problem.listHint"));
            if (value < range.min() || value > range.max()) {
                throw problem(Texts.get("settings.problem.each", range.describe(true), part.trim()));
            }
            values.add((int) value);
        }
        return values;
    }

    private long parseLong(String text, String hint) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw problem(Texts.get("settings.problem.notWhole", text) + hint);
        }
    }

    private InvalidConfigException problem(String message) {
        return new InvalidConfigException(List.of(new ConfigProblem(key, message)));
    }

    /**
     * Whole numbers without a decimal point, others with the digits of {@link Double#toString} (which parse back to
     * the same double) and a small "e" for powers of ten: 0.001, 1e-8, 2.5e-7.
     */
    static String formatNumber(double v) {
        boolean negativeZero = Double.compare(v, -0.0) == 0;
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace(".0E", "e").replace('E', 'e');
    }

    private static String orList(List<String> words) {
        if (words.size() < 2) {
            return String.join("", words);
        }
        String allButLast = String.join(", ", words.subList(0, words.size() - 1));
        return Texts.get("settings.or", allButLast, words.get(words.size() - 1));
    }

    @Override
    public String toString() {
        return key;
    }
}
