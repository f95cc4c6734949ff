package org.vaeexplorer.view;

import java.util.Locale;
import java.util.ResourceBundle;
import org.vaeexplorer.text.Texts;

/**
 * View ▸ Language: the language chosen is remembered with the window (WindowMemory) and used from the next start,
 * before the window is built; the notice says so in both the current and the chosen language.
 */
final class LanguageChoice {
    private LanguageChoice() {
    }

    /** Remembers {@code language} for the next start and returns the notice to show. */
    static String choose(Locale language, WindowMemory memory) {
        memory.saveLanguage(language);
        String now = Texts.get("language.restart");
        ResourceBundle chosen = ResourceBundle.getBundle(Texts.BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String then = chosen.getString("language.restart");
        return now.equals(then) ? now : now + "  " + then;
    }
}
