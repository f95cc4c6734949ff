package org.vaeexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The views show no text of their own: every FXML text, prompt and tooltip is a {@code %key}, and no view source
 * passes a string literal with a word in it to a control's text, a dialog, a tooltip or a canvas. Symbols, single
 * letters and numbers ("▶", "×", "0", "A", "z") may stay literal. What the command line (and render) says to a person
 * is a text too: a literal with a word in the arguments of an exception or of a print is only a single token given
 * to a call inside them (a text's key, an option's name, a JSON key).
 */
class NoLiteralTextTest {
    private static final Path FXML = Path.of("src/main/resources/org/vaeexplorer/view");
    private static final Path VIEWS = Path.of("src/main/java/org/vaeexplorer/view");
    private static final Path CLI = Path.of("src/main/java/org/vaeexplorer/cli");
    private static final Path RENDER = VIEWS.resolve("RenderCommand.java");
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|accessibleText|accessibleHelp)=\"([^\"]*)\"");
    private static final Pattern JAVA_TEXT = Pattern.compile("(?:\\b(?:setText|setTitle|setHeaderText|setContentText"
            + "|setPromptText|setAccessibleText|setAccessibleHelp|fillText|strokeText|text|then|otherwise"
            + "|ExtensionFilter)|\\bnew (?:Label|Tooltip|HelpTooltip|MenuItem|Menu|Button|ToggleButton|CheckBox"
            + "|RadioButton|RadioMenuItem|CheckMenuItem|Tab|Text|Hyperlink|TitledPane))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** An exception made, or a line printed: where the command line's sentences go. */
    private static final Pattern SAYING = Pattern.compile("\\bnew \\w*Exception\\(|\\.(?:println|printf|print)\\(");

    private static final Pattern WORD = Pattern.compile("\\p{L}\\p{L}|\\p{IsIdeographic}");

    @Test
    void fxmlTextsAreKeysThatExist() throws IOException {
        Properties english = new Properties();
        try (var in = Texts.class.getResourceAsStream("messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files(FXML, ".fxml")) {
            problems.addAll(fxmlLiterals(file.getFileName().toString(), Files.readString(file)));
            Matcher m = FXML_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(2).startsWith("%") && !english.containsKey(m.group(2).substring(1))) {
                    problems.add(file.getFileName() + ": no text for " + m.group(2));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void viewSourcesPassNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(VIEWS, ".java")) {
            problems.addAll(javaLiterals(file.getFileName().toString(), Files.readString(file)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void commandLineSentencesAreTexts() throws IOException {
        List<Path> sources = new ArrayList<>(files(CLI, ".java"));
        sources.add(RENDER);
        List<String> problems = new ArrayList<>();
        for (Path file : sources) {
            problems.addAll(sentenceLiterals(file.getFileName().toString(), Files.readString(file)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSentenceScanFindsWordsAnywhereInTheArgumentsButKeysAndOptionNames() {
        assertEquals(List.of("A.java:1", "A.java:2", "A.java:6", "A.java:7", "A.java:9", "A.java:10", "A.java:11"),
                sentenceLiterals("A.java",
                "throw new UsageException(\"epoch counts must be at least 1\");\n"
                + "throw new UsageException(\"--\" + option + \" goes with\"\n + \" --lesson\");\n"
                + "throw new UsageException(Texts.get(\"cli.usage.count\", s.replace(\")\", \"(\"), f(')')));\n"
                + "throw new UsageException(Texts.get(\"cli.usage.x\", \"image-size\", args.path(\"in\")));\n"
                + "throw new UsageException(file + \" does not hold its data\");\n"
                + "throw new UsageException(String.format(\"--%s must be\", x));\n"
                + "throw new UsageException(e.getMessage()); throw new UsageException(\"--\" + x); f(\"no (text\");\n"
                + "err.println(\"no lessons found in \" + folder);\n"
                + "throw new IllegalStateException(name + \" preset did not complete\");\n"
                + "out.printf(\"%d rows%n\", n); out.println(new Json().put(\"rows\", n)); err.println(\"\\t\" + x);\n"
                + "err.println(Texts.get(\"cli.error\", e.getMessage())); throw new IOException(Texts.get(\"k\"), e);"));
    }

    @Test
    void theScansFindLiteralsAndAllowKeysAndSymbols() {
        assertEquals(2, fxmlLiterals("A.fxml", "<Label text=\"Data\"/><Button text=\"%data.load\"/>"
                + "<Button text=\"▶\"/><Label text=\"0\"/><TextField promptText=\"数据\"/>").size());
        assertEquals(4, javaLiterals("A.java", "label.setText(\"Loaded\"); new Tooltip(\"Help\"); "
                + "g.fillText(\"epoch\", 4, 5); new Label(\"\"); b.setText(\"×\"); c.setText(Texts.get(\"k\")); "
                + "new Button(\"Go \\\"now\\\"\");").size());
        assertTrue(javaLiterals("A.java", "new Label(String.valueOf(3)); new Label(\"1.5\"); g.fillText(\"A\", 0, 0)")
                .isEmpty());
    }

    private static List<String> fxmlLiterals(String name, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = FXML_TEXT.matcher(text);
        while (m.find()) {
            if (!m.group(2).startsWith("%") && hasLetter(m.group(2))) {
                found.add(name + ": " + m.group(0));
            }
        }
        return found;
    }

    private static List<String> javaLiterals(String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = JAVA_TEXT.matcher(source);
        while (m.find()) {
            if (hasLetter(m.group(1))) {
                found.add(name + ": " + m.group(0));
            }
        }
        return found;
    }

    /**
     * Each exception made or line printed with words of its own in a literal of its arguments: "File.java:line".
     */
    private static List<String> sentenceLiterals(String name, String source) {
        List<String> found = new ArrayList<>();
        Matcher saying = SAYING.matcher(source);
        while (saying.find()) {
            if (hasOwnWords(source, saying.end())) {
                found.add(name + ":" + (1 + source.substring(0, saying.start()).chars().filter(c -> c == '\n')
                        .count()));
            }
        }
        return found;
    }

    /**
     * Whether the arguments from {@code from} to their closing parenthesis hold a literal with a word, other than a
     * single token given to a call inside them (a key, an option's name); string and character literals are skipped
     * whole, so their parentheses do not count.
     */
    private static boolean hasOwnWords(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length() && depth >= 0; i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int start = i + 1;
                for (i++; source.charAt(i) != c; i++) {
                    i += source.charAt(i) == '\\' ? 1 : 0;
                }
                String literal = source.substring(start, i);
                if (hasLetter(literal) && (depth == 0 || literal.matches("(?s).*\\s.*"))) {
                    return true;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return false;
    }

    /** A word: two letters in a row, or one ideograph; a lone letter is a symbol (A, B, z). */
    private static boolean hasLetter(String text) {
        return WORD.matcher(text).find();
    }

    private static List<Path> files(Path folder, String ending) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }
}
