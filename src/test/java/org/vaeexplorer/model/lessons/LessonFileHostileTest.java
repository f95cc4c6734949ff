package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.training.Trainer;

/** Damaged, foreign and hostile lesson files: each refused with a message naming the file and what is wrong. */
class LessonFileHostileTest {
    @TempDir
    Path dir;

    private static byte[] good;
    private static byte[] otherModelsOptimizer;

    @BeforeAll
    static void writeAGoodLesson(@TempDir Path temp) throws Exception {
        ComputeThreads.use(1);
        Lesson lesson = lessonWithHidden(List.of(16, 8));
        Path file = temp.resolve("good" + LessonFile.EXTENSION);
        LessonFile.save(lesson, new LessonPreview(new float[] {0.5f, -1f, 2f, 3f}, new int[] {0, 1}), file);
        good = Files.readAllBytes(file);
        Path other = temp.resolve("other" + LessonFile.EXTENSION);
        LessonFile.save(lessonWithHidden(List.of(4)), null, other);
        otherModelsOptimizer = entries(Files.readAllBytes(other)).get("optimizer.bin");
    }

    private static Lesson lessonWithHidden(List<Integer> hidden) throws DataFormatException {
        Trainer trainer = Trainer.create(LessonFileTest.config().withHiddenLayers(hidden),
                LessonFileTest.MOONS.load());
        return Lesson.of("Good", new LessonNotes(Map.of("en", "Teacher."), Map.of()), LessonFileTest.MOONS,
                LessonFileTest.config(), trainer.checkpoint(), List.of());
    }

    /** Loads the bytes as a lesson file and returns the refusal's message. */
    private String refusal(byte[] bytes) throws IOException {
        Path file = dir.resolve("hostile" + LessonFile.EXTENSION);
        Files.write(file, bytes);
        DataFormatException e = assertThrows(DataFormatException.class, () -> LessonFile.load(file));
        assertTrue(e.getMessage().startsWith("hostile" + LessonFile.EXTENSION), e.getMessage());
        return e.getMessage();
    }

    private static void assertContains(String expected, String message) {
        assertTrue(message.contains(expected), "'" + expected + "' in: " + message);
    }

    @Test
    void theGoodLessonLoads() throws Exception {
        Path file = dir.resolve("good" + LessonFile.EXTENSION);
        Files.write(file, good);
        assertTrue(LessonFile.load(file).training() != null);
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        assertContains("damaged or truncated", refusal(Arrays.copyOf(good, good.length / 2)));
        assertContains("damaged or truncated", refusal(Arrays.copyOf(good, good.length - 5)));
        assertContains("does not start like one", refusal(new byte[0]));
        Path truncated = dir.resolve("truncated" + LessonFile.EXTENSION);
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        assertThrows(DataFormatException.class, () -> LessonFile.summary(truncated), "lists refuse it too");
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws Exception {
        Path model = dir.resolve("m.vae");
        ModelFile.save(Trainer.create(LessonFileTest.config(), LessonFileTest.MOONS.load()).model().snapshot(), model);
        assertContains("not a VAE Explorer lesson", refusal(Files.readAllBytes(model)));
        assertContains("not a VAE Explorer lesson", refusal("name,x\na,1\n".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> noManifest = entries(good);
        noManifest.remove("manifest.txt");
        assertContains("has no manifest.txt", refusal(zip(noManifest)));
        assertContains("not a VAE Explorer lesson's manifest", refusal(withManifest(
                manifest().replace("format=vae-explorer-lesson", "format=something-else"))));
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() throws Exception {
        String message = refusal(withManifest(manifest().replace("version=1", "version=2")));
        assertContains("newer VAE Explorer (lesson format 2; this one reads format 1)", message);
    }

    @Test
    void sizesThatLieAreRefused() throws Exception {
        int actual = entries(good).get("model.vae").length;
        assertContains("model.vae: holds more than the " + (actual - 100) + " bytes it declares",
                refusal(withDeclaredSize(good, "model.vae", actual - 100)));
        assertContains("model.vae: is truncated", refusal(withDeclaredSize(good, "model.vae", actual + 100)));
        assertContains("manifest.txt: is damaged", refusal(withCrc(good, "manifest.txt", 12345)));
    }

    @Test
    void entriesThatAreNotPartOfALessonAreRefusedAndNeverWritten() throws Exception {
        // A name of this run's own beside the temporary folder: a fixed one (/tmp/x) may exist for other reasons.
        String escaped = "escaped-" + dir.getFileName();
        Map<String, byte[]> climbing = entries(good);
        climbing.put("../" + escaped, "escaped".getBytes(StandardCharsets.UTF_8));
        assertContains("holds an entry '../" + escaped + "' that is not part of a lesson", refusal(zip(climbing)));
        assertFalse(Files.exists(dir.resolveSibling(escaped)) || Files.exists(dir.resolve(escaped)));

        Map<String, byte[]> unknown = entries(good);
        unknown.put("extra.txt", new byte[10]);
        assertContains("holds an entry 'extra.txt'", refusal(zip(unknown)));
    }

    @Test
    void anEntryThatAppearsTwiceIsRefused() throws Exception {
        Map<String, byte[]> twice = entries(good);
        twice.put("manifesT.txt", entries(good).get("manifest.txt"));
        byte[] renamed = zip(twice);
        // ZipOutputStream refuses to write a name twice: rename the copy in the central directory afterwards.
        int at = centralHeader(renamed, "manifesT.txt");
        renamed[at + 46 + "manifes".length()] = 't';
        assertContains("manifest.txt: appears twice", refusal(renamed));
    }

    @Test
    void aHugeDeclaredManifestIsRefusedBeforeReading() throws Exception {
        String message = refusal(withDeclaredSize(good, "manifest.txt", 100_000_000));
        assertContains("manifest.txt: declares 100000000 bytes; a lesson's manifest.txt has at most 1048576", message);
    }

    @Test
    void aZipBombIsRefusedWhetherItsSizeIsHonestOrNot() throws Exception {
        Map<String, byte[]> bomb = entries(good);
        bomb.put("history.csv", new byte[80 << 20]);
        byte[] honest = zip(bomb);
        assertTrue(honest.length < 1 << 20, "80 MB of zeros compress to " + honest.length + " bytes");
        assertContains("history.csv: declares 83886080 bytes", refusal(honest));
        assertContains("history.csv: holds more than the 1000 bytes it declares",
                refusal(withDeclaredSize(honest, "history.csv", 1000)));
    }

    @Test
    void aManifestWithUnknownOrMalformedContentIsRefused() throws Exception {
        assertContains("unknown key 'colour'", refusal(withManifest(manifest() + "colour=red\n")));
        assertContains("'name' is given twice", refusal(withManifest(manifest() + "name=Again\n")));
        assertContains("unknown key 'setting.speed'", refusal(withManifest(manifest() + "setting.speed=3\n")));
        assertContains("invalid setting", refusal(withManifest(manifest().replaceAll("setting.latent=\\d+",
                "setting.latent=0"))));
        assertContains("expected key=value", refusal(withManifest(manifest() + "just words\n")));
        assertContains("'data.points' is", refusal(withManifest(manifest().replace("data.points=600",
                "data.points=lots"))));
    }

    @Test
    void anOptimiserStateForAnotherModelIsRefused() throws Exception {
        Map<String, byte[]> swapped = entries(good);
        swapped.put("optimizer.bin", otherModelsOptimizer);
        assertContains("optimizer.bin: holds", refusal(zip(swapped)));
    }

    @Test
    void aDamagedPreviewIsRefusedByListsAndByLoading() throws Exception {
        String[] damaged = {"x,y,label\n0.5,NaN,0\n", "x,y,label\n0.5,1.0,1000\n", "x,y,label\n0.5,1.0,-1\n",
            "x,y,label\n0.5,1.0\n", "x,y,z\n0.5,1.0,2\n", "x,y,label\n0.5,1e9,0\n", "x,y\n0.5,1.0",
            "x,y\n" + "1.0,2.0\n".repeat(LessonPreview.MAX_POINTS + 1)};
        for (String text : damaged) {
            Map<String, byte[]> changed = entries(good);
            changed.put("preview.csv", text.getBytes(StandardCharsets.UTF_8));
            byte[] bytes = zip(changed);
            assertContains("preview.csv", refusal(bytes));
            Path file = dir.resolve("listed" + LessonFile.EXTENSION);
            Files.write(file, bytes);
            DataFormatException listed = assertThrows(DataFormatException.class, () -> LessonFile.summary(file));
            assertContains("listed" + LessonFile.EXTENSION + ", preview.csv", listed.getMessage());
        }
        assertContains("preview.csv: declares", refusal(withDeclaredSize(good, "preview.csv", 1 << 20)));
    }

    /** A list reads the manifest, notes and preview only: a lesson whose data is damaged lists, and does not open. */
    @Test
    void aSummaryDoesNotDecodeTheData() throws Exception {
        Dataset small = new Dataset("small", 2, 1, new float[] {1f, 2f}, null, List.of(), List.of("x"), null);
        Path file = dir.resolve("embedded" + LessonFile.EXTENSION);
        LessonFile.save(Lesson.of("Embedded", LessonNotes.none(), LessonData.ofFile(small, file),
                LessonFileTest.config(), null, List.of()), null, file);
        Map<String, byte[]> changed = entries(Files.readAllBytes(file));
        changed.put("data.csv", "\"x\"\nnot a number\n2.0\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(changed));

        assertEquals("small (inside the lesson: 2 rows, 1 features)", LessonFile.summary(file).dataset());
        DataFormatException e = assertThrows(DataFormatException.class, () -> LessonFile.load(file));
        assertContains("data.csv, line 2", e.getMessage());
    }

    // -----------------------------------------------------------------------------------------------------------
    // Making hostile files from the good one.

    private static String manifest() {
        return new String(entries(good).get("manifest.txt"), StandardCharsets.UTF_8);
    }

    private static byte[] withManifest(String text) throws IOException {
        Map<String, byte[]> changed = entries(good);
        changed.put("manifest.txt", text.getBytes(StandardCharsets.UTF_8));
        return zip(changed);
    }

    static Map<String, byte[]> entries(byte[] zipBytes) {
        try {
            Path temp = Files.createTempFile("lesson", ".zip");
            try {
                Files.write(temp, zipBytes);
                Map<String, byte[]> entries = new LinkedHashMap<>();
                try (ZipFile zip = new ZipFile(temp.toFile())) {
                    for (ZipEntry e : zip.stream().toList()) {
                        entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
                    }
                }
                return entries;
            } finally {
                Files.delete(temp);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The ZIP with an entry's uncompressed size in the central directory (what readers trust) changed. */
    static byte[] withDeclaredSize(byte[] zip, String name, long size) {
        return patchCentralHeader(zip, name, 24, size);
    }

    static byte[] withCrc(byte[] zip, String name, long crc) {
        return patchCentralHeader(zip, name, 16, crc);
    }

    private static byte[] patchCentralHeader(byte[] zip, String name, int field, long value) {
        byte[] copy = zip.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(centralHeader(copy, name) + field, (int) value);
        return copy;
    }

    /** Where the central directory's header of an entry starts (its name follows at offset 46). */
    private static int centralHeader(byte[] zip, String name) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= zip.length; at++) {
            if (in.getInt(at) == 0x02014b50 && (in.getShort(at + 28) & 0xffff) == wanted.length
                    && Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + wanted.length), wanted)) {
                return at;
            }
        }
        throw new AssertionError("no central directory entry " + name);
    }
}
