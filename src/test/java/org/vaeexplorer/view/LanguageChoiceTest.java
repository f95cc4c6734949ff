package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vaeexplorer.text.Texts;

/** View ▸ Language: the choice is remembered for the next start, and a window built then speaks it. */
@ExtendWith(ApplicationExtension.class)
class LanguageChoiceTest {
    private final Preferences prefs = Preferences.userRoot().node("org/vaeexplorer/"
            + System.getProperty("vaeexplorer.profile", "main"));
    private final String before = prefs.get("language", null);

    @AfterEach
    void putBack() {
        Texts.use(Locale.ENGLISH);
        if (before == null) {
            prefs.remove("language");
        } else {
            prefs.put("language", before);
        }
    }

    @Test
    void aChosenLanguageIsRememberedAndTheNoticeSaysSoInBothLanguages() {
        Texts.use(Locale.ENGLISH);
        String notice = LanguageChoice.choose(Locale.SIMPLIFIED_CHINESE, new WindowMemory());
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), new WindowMemory().language());
        assertTrue(notice.contains("next start") && notice.contains("下次启动"), notice);
        LanguageChoice.choose(Locale.ENGLISH, new WindowMemory());
        assertEquals(Optional.of(Locale.ENGLISH), new WindowMemory().language());
    }

    @Test
    void theMenusAreBuiltInTheLanguageInUseWithItChecked() throws Exception {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        MenuBar chinese = new FXMLLoader(MenuBarView.class.getResource("MenuBarView.fxml"), Texts.bundle()).load();
        assertEquals("文件(_F)", chinese.getMenus().get(0).getText());
        Menu language = languageMenu(chinese);
        assertEquals("简体中文", language.getItems().get(1).getText());
        Texts.use(Locale.ENGLISH);
        MenuBar english = new FXMLLoader(MenuBarView.class.getResource("MenuBarView.fxml"), Texts.bundle()).load();
        assertEquals("_File", english.getMenus().get(0).getText());
        assertTrue(languageMenu(english).getItems().stream()
                .allMatch(i -> i instanceof RadioMenuItem));
    }

    private static Menu languageMenu(MenuBar bar) {
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        return (Menu) view.getItems().stream().filter(i -> "languageMenu".equals(i.getId())).findFirst().orElseThrow();
    }
}
