package org.vaeexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    /** {@code Texts.get("key")} or {@code Texts.get("key", ...}: the key, and ")" or ",". */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bTexts\\.get\\(\\s*\"([\\w.-]+)\"\\s*([,)])");

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    /** Numbers come out as a MessageFormat of the pattern shows them, in both languages, whatever the argument. */
    @Test
    void everyPatternFormatsNumbersAsMessageFormatDoes() {
        Object[][] argumentSets = {{1234567, 2.5, -0.125, 10_000L, 3, 4, 5, 6},
            {0, 1, 2, 1e-7, Double.NaN, -42, 0.333333, 7.0f}, {"moons.csv", 12345, "x", 2, 0.5, "y", 7, 8}};
        for (Locale language : Texts.LANGUAGES) {
            Texts.use(language);
            java.util.ResourceBundle bundle = Texts.bundle();
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    continue;
                }
                for (Object[] arguments : argumentSets) {
                    String expected;
                    try {
                        expected = new java.text.MessageFormat(pattern, bundle.getLocale()).format(arguments);
                    } catch (IllegalArgumentException e) {
                        continue; // a typed argument that this set gives as text
                    }
                    assertEquals(expected, Texts.get(key, arguments), language + " " + key);
                }
            }
        }
    }

    /** Arguments passed as an Integer[] (a varargs call with a typed array) are formatted, not refused. */
    @Test
    void typedArgumentArraysAreFormattedToo() {
        String pattern = Texts.bundle().getString("kl.summary");
        assertEquals(new java.text.MessageFormat(pattern, Texts.bundle().getLocale()).format(new Object[] {1, 2, 3000}),
                Texts.get("kl.summary", (Object[]) new Integer[] {1, 2, 3000}));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = read("messages.properties");
        Properties chinese = read("messages_zh_CN.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()),
                "keys differ between English and 简体中文");
        for (String key : chinese.stringPropertyNames()) {
            assertTrue(!chinese.getProperty(key).isBlank() && !english.getProperty(key).isBlank(), key + " is empty");
        }
    }

    /**
     * {@link Texts#get} formats a text only when given arguments, and FXML's {@code %key} never does: an apostrophe
     * is doubled ({@code ''}) in a text with a {@code {0}} and single in a text without one, which is shown as
     * written. The sources agree: a text's key given as a literal is passed arguments exactly when it has a
     * {@code {0}} (a key made at run time is not checked).
     */
    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        Properties english = read("messages.properties");
        for (Properties texts : new Properties[] {english, read("messages_zh_CN.properties")}) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (PLACEHOLDER.matcher(text).find() ? text.replace("''", "").contains("'") : text.contains("''")) {
                    problems.add(key + "=" + text);
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = LITERAL_KEY.matcher(Files.readString(file));
                while (call.find()) {
                    String text = english.getProperty(call.group(1));
                    if (text != null && PLACEHOLDER.matcher(text).find() != call.group(2).equals(",")) {
                        problems.add(file.getFileName() + ": " + call.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void chineseIsChosenForAnyChineseLocaleAndEnglishOtherwise() {
        Texts.use(Locale.CHINA);
        assertEquals(Locale.SIMPLIFIED_CHINESE, Texts.language());
        Texts.use(Locale.GERMANY);
        assertEquals(Locale.ENGLISH, Texts.language());
        assertEquals("[no.such.key]", Texts.get("no.such.key"));
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
