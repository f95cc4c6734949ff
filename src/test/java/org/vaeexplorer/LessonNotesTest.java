package org.vaeexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled lessons' notes ({@code assets/lessons/notes/NN-slug.en.md} and {@code .zh-CN.md}): both languages
 * for every lesson, a one-line description first, the same sections with as many steps and questions in both,
 * and {@code tools/build-lessons.sh} naming every notes file and nothing else.
 */
class LessonNotesTest {
    private static final Path NOTES = Path.of("assets/lessons/notes");
    private static final Path BUILD_SCRIPT = Path.of("tools/build-lessons.sh");
    private static final Path DEFINITIONS = Path.of("tools/lessons.txt");
    private static final List<String> ENGLISH_SECTIONS = List.of("What to show", "What to ask the class",
            "Why it looks like this");
    private static final List<String> CHINESE_SECTIONS = List.of("课堂演示", "向学生提问", "背后的原理");
    private static final Pattern NOTES_NAME = Pattern.compile("(\\d\\d-[a-z0-9-]+)\\.(en|zh-CN)\\.md");
    /** {@code FILE | NOTES | NAME} in the lessons' definitions, which the build script reads. */
    private static final Pattern LESSON_CALL = Pattern.compile("^([^\\s#|]+) \\| ([^\\s|]+) \\| ", Pattern.MULTILINE);

    /**
     * One notes file: its first line; per section in order, its heading and numbered items; and the order of its
     * section headings and the {@code [teacher]} and {@code [class]} lines, which split it into what the teacher
     * sees (what to show, the questions with their answers) and what the class may read (the description and why).
     */
    private record Notes(String description, List<String> headings, List<Integer> numberedItems,
            List<String> outline) {
        static Notes read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return new Notes("", List.of(), List.of(), List.of());
            }
            List<String> headings = new ArrayList<>();
            List<Integer> items = new ArrayList<>();
            List<String> outline = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.equals("[teacher]") || line.equals("[class]")) {
                    outline.add(line);
                } else if (line.startsWith("## ")) {
                    headings.add(line.substring(3).trim());
                    outline.add("##");
                    items.add(0);
                } else if (line.matches("\\d+\\. \\S.*") && !items.isEmpty()) {
                    items.set(items.size() - 1, items.get(items.size() - 1) + 1);
                }
            }
            return new Notes(lines.get(0), headings, items, outline);
        }
    }

    private static Set<String> lessonStems() throws IOException {
        Set<String> stems = new TreeSet<>();
        try (Stream<Path> files = Files.list(NOTES)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NOTES_NAME.matcher(f.getFileName().toString());
                assertTrue(m.matches(), "unexpected file in " + NOTES + ": " + f.getFileName()
                        + " (expected NN-slug.en.md or NN-slug.zh-CN.md)");
                stems.add(m.group(1));
            }
        }
        return stems;
    }

    @Test
    void everyLessonHasNotesInBothLanguagesNumberedFromOne() throws IOException {
        Set<String> stems = lessonStems();
        assertTrue(stems.size() >= 7, "at least seven lessons, found " + stems);
        int expected = 1;
        for (String stem : stems) {
            assertEquals(String.format("%02d", expected++), stem.substring(0, 2), "lessons numbered 01, 02, …");
            assertTrue(Files.isRegularFile(NOTES.resolve(stem + ".en.md")), stem + ": English notes missing");
            assertTrue(Files.isRegularFile(NOTES.resolve(stem + ".zh-CN.md")), stem + ": Chinese notes missing");
        }
    }

    @Test
    void bothLanguagesStartWithADescriptionAndHaveTheSameSectionsStepsAndQuestions() throws IOException {
        for (String stem : lessonStems()) {
            Notes en = Notes.read(NOTES.resolve(stem + ".en.md"));
            Notes zh = Notes.read(NOTES.resolve(stem + ".zh-CN.md"));
            for (Notes n : List.of(en, zh)) {
                assertFalse(n.description().isBlank(), stem + ": the first line is the one-line description");
                assertFalse(n.description().startsWith("#"), stem + ": the description is text, not a heading");
                assertTrue(n.description().length() <= 160, stem + ": the description fits one line of the start "
                        + "page (160 characters), not " + n.description().length());
            }
            assertTrue(zh.description().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), stem + ": the Chinese description is in Chinese");
            assertEquals(ENGLISH_SECTIONS, en.headings(), stem + ".en.md sections");
            assertEquals(CHINESE_SECTIONS, zh.headings(), stem + ".zh-CN.md sections");
            assertEquals(en.numberedItems(), zh.numberedItems(), stem + ": as many steps and questions in both");
            List<String> outline = List.of("[teacher]", "##", "##", "[class]", "##");
            assertEquals(outline, en.outline(), stem + ".en.md: the steps and questions for the teacher, why for all");
            assertEquals(outline, zh.outline(), stem + ".zh-CN.md: the steps and questions for the teacher, why for all");
            assertTrue(en.numberedItems().get(0) >= 3, stem + ": at least three steps to show");
            int questions = en.numberedItems().get(1);
            assertTrue(questions >= 3 && questions <= 5, stem + ": three to five questions, not " + questions);
        }
    }

    @Test
    void theBuildScriptTrainsEveryLessonWithItsNotesOnOneThread() throws IOException {
        String script = Files.readString(BUILD_SCRIPT, StandardCharsets.UTF_8);
        Set<String> namedNotes = new TreeSet<>();
        Matcher call = LESSON_CALL.matcher(Files.readString(DEFINITIONS, StandardCharsets.UTF_8));
        while (call.find()) {
            String file = call.group(1);
            String notes = call.group(2);
            assertEquals(notes.substring(0, 2), file.substring(0, 2), file + ": a lesson file takes its number's notes");
            namedNotes.add(notes);
        }
        assertEquals(lessonStems(), namedNotes, "the build script names every notes file, and only those");
        assertTrue(script.contains("--threads 1"), "lessons train on one thread, for reproducible files");
        assertTrue(script.contains("--notes-en \"$notes/${stems[$i]}.en.md\" "
                + "--notes-zh \"$notes/${stems[$i]}.zh-CN.md\""),
                "the script passes both languages' notes");
    }
}
