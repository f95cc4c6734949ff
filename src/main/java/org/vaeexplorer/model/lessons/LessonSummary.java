package org.vaeexplorer.model.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a list of lessons shows, read without the model: see {@link LessonFile#summary(Path)}.
 *
 * @param dataset      {@link LessonData#describe()} of the lesson's data
 * @param languages    the languages its notes are in
 * @param epochs       the epochs its model has trained, 0 when it has none
 * @param descriptions one line per language: the first paragraph of the class's note
 * @param preview      a picture of its latent space, or {@code null} when the lesson has none
 */
public record LessonSummary(Path file, String name, String dataset, List<String> languages, int epochs,
        Map<String, String> descriptions, LessonPreview preview) {
    public LessonSummary {
        languages = List.copyOf(languages);
        descriptions = Map.copyOf(descriptions);
    }

    /** The name to show in the language in use: a bundled lesson's translation, else the stored name. */
    public String shownName() {
        return LessonNames.shown(file, name);
    }

    /** The one-line description in {@code language}, else in English, else in any language, else "". */
    public String description(String language) {
        String text = descriptions.get(language);
        if (text == null) {
            text = descriptions.get("en");
        }
        if (text == null) {
            text = descriptions.values().stream().findFirst().orElse("");
        }
        return text;
    }
}
