package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.text.Texts;

/** Every bundled lesson has a Chinese name, and the bundle's English names are still the ones in the files. */
class LessonNamesTest {
    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyBundledLessonIsNamedInChineseAndItsEnglishNameMatchesTheFile() throws Exception {
        List<Path> bundled = BundledLessons.files();
        assertFalse(bundled.isEmpty());
        for (Path file : bundled) {
            String stored = LessonFile.summary(file).name();
            Texts.use(Locale.ENGLISH);
            assertEquals(stored, LessonNames.shown(file, stored));
            // A renamed lesson in tools/lessons.txt must rename its entry in the bundle too.
            assertEquals(stored, Texts.get(LessonNames.PREFIX + file.getFileName().toString()
                    .replaceFirst("\\.vaelesson$", "")), file.toString());
            Texts.use(Locale.SIMPLIFIED_CHINESE);
            String chinese = LessonNames.shown(file, stored);
            assertNotEquals(stored, chinese, file.toString());
            assertFalse(chinese.startsWith("["), chinese);
        }
    }

    @Test
    void aLessonWithAnotherNameKeepsIt() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("My own map", LessonNames.shown(Path.of("02-mnist-map.vaelesson"), "My own map"));
        assertEquals("MNIST：一张数字的地图",
                LessonNames.shown(Path.of("02-mnist-map.vaelesson"), "MNIST: a map of the digits"));
    }
}
