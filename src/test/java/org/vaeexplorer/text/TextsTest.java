package org.vaeexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {
    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
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
