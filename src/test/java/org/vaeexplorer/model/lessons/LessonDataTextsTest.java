package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.text.Texts;

/** A lesson's data line (the start page's cards, lesson check) and its checks' refusals in the language in use. */
class LessonDataTextsTest {
    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void theDataLineFollowsTheLanguageAndKeepsNumbersUngrouped() {
        LessonData moons = new LessonData.BuiltIn("moons", 10000, 0.1, 5);
        Texts.use(Locale.ENGLISH);
        assertEquals("moons (10000 points, noise 0.1, data seed 5)", moons.describe());
        assertEquals("the file /tmp/d.csv", new LessonData.External("/tmp/d.csv").describe());
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("moons（10000 个点，噪声 0.1，数据种子 5）", moons.describe());
        assertEquals("文件 /tmp/d.csv", new LessonData.External("/tmp/d.csv").describe());
    }

    @Test
    void aLessonsRefusalsAreInTheLanguageInUseWithNumbersUngrouped() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> new LessonData.BuiltIn("three-gaussians", 100, 0.1, 1));
        assertTrue(unknown.getMessage().startsWith("“three-gaussians”不是内置数据集"), unknown.getMessage());
        var points = assertThrows(IllegalArgumentException.class,
                () -> new LessonData.BuiltIn("moons", 20000000, 0.1, 1));
        assertTrue(points.getMessage().contains("20000000"), points.getMessage());
        Texts.use(Locale.ENGLISH);
        var english = assertThrows(IllegalArgumentException.class,
                () -> new LessonData.BuiltIn("three-gaussians", 100, 0.1, 1));
        assertTrue(english.getMessage().startsWith("'three-gaussians' is not a built-in dataset"), english.getMessage());
    }
}
