package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.text.Texts;

/** What the status line says when an epoch throws: words for a person, not a Java class and its message. */
class TrainingRunFailureTest {

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void anExceptionIsToldByTheFirstLineOfItsMessageInASentence() {
        Texts.use(Locale.ENGLISH);
        String reason = TrainingRun.failureReason(new IllegalStateException("Op [gemm] failed\n\tat native code"));
        assertTrue(reason.contains("Op [gemm] failed"), reason);
        assertTrue(reason.startsWith("an internal error"), reason);
        assertFalse(reason.contains("IllegalStateException"), reason);
        assertFalse(reason.contains("native code"), reason);
    }

    @Test
    void withoutAMessageTheKindOfErrorIsNamed() {
        Texts.use(Locale.ENGLISH);
        assertTrue(TrainingRun.failureReason(new ArithmeticException()).contains("(ArithmeticException)"));
    }

    @Test
    void runningOutOfMemoryIsSaidPlainlyInEitherLanguage() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("内存不足", TrainingRun.failureReason(new OutOfMemoryError("Java heap space")));
        assertTrue(TrainingRun.failureReason(new IllegalArgumentException("x")).startsWith("计算中出现内部错误"));
    }
}
