package org.vaeexplorer.model.lessons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaeexplorer.text.Texts;

/**
 * A lesson's notes: what to show and what to ask, for the teacher, and what the class reads, each in any of
 * {@link #LANGUAGES}. Blank notes are left out.
 *
 * @param forTeacher the teacher's notes by language tag
 * @param forClass   the class's notes by language tag
 */
public record LessonNotes(Map<String, String> forTeacher, Map<String, String> forClass) {
    /** The languages notes can be in, as BCP 47 tags: English and Simplified Chinese. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    /** Longest note, in characters. */
    public static final int MAX_CHARS = 64 * 1024;

    public LessonNotes {
        forTeacher = checked(forTeacher, "teacher");
        forClass = checked(forClass, "class");
    }

    public static LessonNotes none() {
        return new LessonNotes(Map.of(), Map.of());
    }

    /** The languages with a note for the teacher or the class, in the order of {@link #LANGUAGES}. */
    public List<String> languages() {
        return LANGUAGES.stream().filter(l -> forTeacher.containsKey(l) || forClass.containsKey(l)).toList();
    }

    /** The teacher's note in a language, or "" when there is none. */
    public String teacher(String language) {
        return forTeacher.getOrDefault(language, "");
    }

    /** The class's note in a language, or "" when there is none. */
    public String classNote(String language) {
        return forClass.getOrDefault(language, "");
    }

    private static Map<String, String> checked(Map<String, String> notes, String whose) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String text = notes.get(language);
            if (text == null || text.isBlank()) {
                continue;
            }
            if (text.length() > MAX_CHARS) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.noteLength", Texts.get("lesson.notes." + whose),
                        language, String.valueOf(text.length()), String.valueOf(MAX_CHARS)));
            }
            if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.noteControl",
                        Texts.get("lesson.notes." + whose), language));
            }
            kept.put(language, text);
        }
        for (String language : notes.keySet()) {
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.noteLanguage",
                        String.join(", ", LANGUAGES), language));
            }
        }
        return Collections.unmodifiableMap(kept);
    }
}
