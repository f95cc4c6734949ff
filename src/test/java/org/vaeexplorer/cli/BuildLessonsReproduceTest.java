package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.training.EpochReport;

/**
 * The build script still reproduces the fast bundled lessons: each is trained again in this process from its
 * definition in {@code tools/lessons.txt} (the file {@code tools/build-lessons.sh} reads) and compared with the
 * committed file. On one thread the same code gives the same weights bit for bit, so every entry but the history
 * must be byte-identical and the history equal but for the epochs' wall times: under the BLAS kernels they were
 * built with, that is. On x86-64 pom.xml runs the tests with OpenBLAS's Haswell kernels, which
 * {@code tools/build-lessons.sh} builds with (an AVX-512 machine's own kernels give other last bits). The image
 * lessons take a minute more: {@code tools/build-lessons.sh --check} retrains and compares all of them.
 */
class BuildLessonsReproduceTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    /** One lesson of tools/lessons.txt: its file, notes stem, name and train options. */
    record Definition(String file, String notes, String name, List<String> options) {
    }

    static Map<String, Definition> definitions() throws IOException {
        Map<String, Definition> lessons = new TreeMap<>();
        Definition current = null;
        for (String line : Files.readAllLines(Path.of("tools", "lessons.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                current.options().addAll(Arrays.asList(line.strip().split(" +")));
                continue;
            }
            String[] parts = line.split("\\|", -1);
            assertEquals(3, parts.length, "FILE | NOTES | NAME: " + line);
            current = new Definition(parts[0].strip(), parts[1].strip(), parts[2].strip(), new ArrayList<>());
            lessons.put(current.file(), current);
        }
        return lessons;
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-two-gaussians", "05-linear-vae-is-ppca", "07-warped-sheet"})
    void aFastLessonIsReproduced(String name) throws Exception {
        Definition lesson = definitions().get(name);
        Path committed = Path.of("assets", "lessons", name + LessonFile.EXTENSION);
        Path rebuilt = dir.resolve(name + LessonFile.EXTENSION);
        String notes = "assets/lessons/notes/" + lesson.notes();
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(lesson.options());
        args.addAll(List.of("--threads", "1", "--lesson", rebuilt.toString(), "--lesson-name", lesson.name(),
                "--notes-en", notes + ".en.md", "--notes-zh", notes + ".zh-CN.md"));

        CliRun train = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, train.status(), train.err());
        Map<String, byte[]> before = entries(committed);
        Map<String, byte[]> after = entries(rebuilt);
        assertEquals(before.keySet(), after.keySet());
        for (String entry : before.keySet()) {
            if (!entry.equals("history.csv")) {
                assertArrayEquals(before.get(entry), after.get(entry), name + ": " + entry + " is not the same");
            }
        }
        List<EpochReport> old = LessonFile.load(committed).history();
        Lesson again = LessonFile.load(rebuilt);
        assertEquals(old.size(), again.history().size());
        for (int i = 0; i < old.size(); i++) {
            EpochReport a = old.get(i);
            EpochReport b = again.history().get(i);
            assertEquals(a.train(), b.train(), "epoch " + a.epoch());
            assertEquals(a.heldOut(), b.heldOut(), "epoch " + a.epoch());
            assertArrayEquals(a.klPerDimension(), b.klPerDimension(), 0, "epoch " + a.epoch());
        }
        assertTrue(again.lastEpoch().heldOut() != null, "the lessons hold out rows, so the figure is checked");
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }
}
