package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaeexplorer.model.network.ComputeThreads;

/**
 * Every lesson shipped in {@code assets/lessons} loads completely and its stored held-out −ELBO agrees with the one
 * recomputed from its weights and data ({@code lesson check}), in both languages.
 */
class BundledLessonsCheckTest {
    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    static Stream<Path> bundledLessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets", "lessons"))) {
            List<Path> lessons = files.filter(f -> f.getFileName().toString().endsWith(".vaelesson")).sorted()
                    .toList();
            assertTrue(lessons.size() >= 7, "the seven lessons are bundled: " + lessons);
            return lessons.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledLessons")
    void checks(Path lesson) {
        CliRun check = CliRun.of("lesson", "check", lesson.toString());
        String line = check.out();
        assertEquals(0, check.status(), check.err());
        assertTrue(line.contains("\"agree\":true"), line);
        assertTrue(line.contains("\"en\"") && line.contains("\"zh-CN\""), "notes in both languages: " + line);
    }
}
