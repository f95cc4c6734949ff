package org.vaeexplorer.model.lessons;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.vaeexplorer.text.Texts;

/**
 * A bundled lesson's name in the language in use. A lesson file stores one name, in English ({@code
 * tools/lessons.txt}); a second name in the files would change the bundled lessons' bytes, so the translations live
 * in the text bundle under the file's stem ({@code polish.lessonName.02-mnist-map}) and are used only while the
 * stored name is the English one the bundle knows: a renamed or a user's own lesson keeps its own name.
 */
public final class LessonNames {
    static final String PREFIX = "polish.lessonName.";

    private LessonNames() {
    }

    /** The name to show for the lesson in {@code file} whose stored name is {@code stored}. */
    public static String shown(Path file, String stored) {
        if (file == null || file.getFileName() == null || Texts.language().equals(Locale.ENGLISH)) {
            return stored;
        }
        String key = PREFIX + file.getFileName().toString().replaceFirst("\\.vaelesson$", "");
        ResourceBundle english = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!english.containsKey(key) || !english.getString(key).equals(stored)) {
            return stored;
        }
        return Texts.get(key);
    }
}
