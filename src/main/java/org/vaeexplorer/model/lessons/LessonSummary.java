package org.vaeexplorer.model.lessons;

import java.nio.file.Path;
import java.util.List;

/**
 * What a list of lessons shows, read without the model: see {@link LessonFile#summary(Path)}.
 *
 * @param dataset   {@link LessonData#describe()} of the lesson's data
 * @param languages the languages its notes are in
 * @param epochs    the epochs its model has trained, 0 when it has none
 */
public record LessonSummary(Path file, String name, String dataset, List<String> languages, int epochs) {
    public LessonSummary {
        languages = List.copyOf(languages);
    }
}
