package org.vaeexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaeexplorer.text.Texts;

/**
 * Options of the form {@code --name value} or {@code --name=value}, each checked against what a command accepts,
 * after as many plain words (a sub-command, a file) as the command takes.
 */
final class Args {
    private final String command;
    private final List<String> words = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Options that take no value: given, they are true. */
    static final Set<String> FLAGS = Set.of("colour");

    private Args(String command) {
        this.command = command;
    }

    /** @param maxWords how many plain words may come before the options */
    static Args parse(String command, String[] argv, int from, Set<String> allowed, int maxWords)
            throws UsageException {
        Args args = new Args(command);
        int i = from;
        while (i < argv.length && args.words.size() < maxWords && !argv[i].startsWith("--")) {
            args.words.add(argv[i++]);
        }
        for (; i < argv.length; i++) {
            String token = argv[i];
            if (!token.startsWith("--") || token.length() == 2) {
                throw new UsageException(Texts.get("cli.args.unexpected", token));
            }
            String name;
            String value;
            int eq = token.indexOf('=');
            if (eq > 0) {
                name = token.substring(2, eq);
                value = token.substring(eq + 1);
            } else {
                name = token.substring(2);
                if (FLAGS.contains(name)) {
                    value = "true";
                } else if (i + 1 >= argv.length) {
                    throw new UsageException(Texts.get("cli.args.needsValue", name));
                } else {
                    value = argv[++i];
                }
            }
            if (!allowed.contains(name)) {
                throw new UsageException(Texts.get("cli.args.noOption", command, name,
                        String.join(", --", allowed)));
            }
            if (args.values.put(name, value) != null) {
                throw new UsageException(Texts.get("cli.args.twice", name));
            }
        }
        return args;
    }

    /** The plain word at {@code index}, or {@code null} when fewer were given. */
    String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException(Texts.get("cli.args.required", command, name));
        }
        return v;
    }

    Path path(String name) throws UsageException {
        return Path.of(required(name));
    }

    int integer(String name, int fallback) throws UsageException {
        long value = longInteger(name, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new UsageException(Texts.get("cli.args.tooLarge", name, String.valueOf(value)));
        }
        return (int) value;
    }

    long longInteger(String name, long fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(Texts.get("cli.args.notWhole", name, v));
        }
    }

    double number(String name, double fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new UsageException(Texts.get("cli.args.notFinite", name, v));
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(Texts.get("cli.args.notNumber", name, v));
        }
    }
}
