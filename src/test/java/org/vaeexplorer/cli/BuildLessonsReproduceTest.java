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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.training.EpochReport;

/**
 * The build script still reproduces the fast bundled lessons: each is trained again in this process from its
 * definition in {@code tools/lessons.txt} (the file {@code tools/build-lessons.sh} reads) and compared with the
 * committed file. On one thread the same code gives the same weights bit for bit, so every entry but the history
 * must be byte-identical and the history equal but for the epochs' wall times: under the BLAS kernels they were
 * built with, that is. Each is trained in a JVM of its own with OpenBLAS's Haswell (AVX2) kernels, as
 * {@code tools/build-lessons.sh} builds them (an AVX-512 machine's own kernels give other last bits); on a CPU
 * without AVX2 those kernels cannot run, and the test is skipped. The image lessons take a minute more:
 * {@code tools/build-lessons.sh --check} retrains and compares all of them.
 */
class BuildLessonsReproduceTest {
    @TempDir
    Path dir;

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

        Path log = dir.resolve(name + ".log");
        assertEquals(0, trainInAJvmOfItsOwn(args, log), Files.readString(log));
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

    /** {@code train} as {@code build-lessons.sh} runs it: a process of its own, with the lessons' BLAS kernels. */
    private static int trainInAJvmOfItsOwn(List<String> args, Path log) throws Exception {
        Assumptions.assumeTrue(haswellKernelsRunHere(), "OpenBLAS's Haswell kernels need an x86-64 CPU with AVX2");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dorg.bytedeco.javacpp.maxphysicalbytes=0",
                "-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENBLAS_CORETYPE", "Haswell");
        return builder.start().waitFor();
    }

    /** An x86-64 CPU with AVX2 (where the kernel reports its flags; Intel Macs and Windows PCs since 2013 have it). */
    private static boolean haswellKernelsRunHere() throws IOException {
        String arch = System.getProperty("os.arch");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return false;
        }
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return !Files.isReadable(cpuinfo) || Files.readString(cpuinfo).contains(" avx2");
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
