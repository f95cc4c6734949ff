package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.text.Texts;

/** A lesson's data line (the start page's cards, lesson check) in the language in use. */
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
}
