package org.vaeexplorer.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import org.vaeexplorer.text.Texts;

/**
 * The CJK font bundled with the app (WenQuanYi Micro Hei, {@code assets/fonts}), for a machine without one: while
 * the language is Chinese it is the window's font (a stylesheet on each scene and dialog) and the canvases'. Its
 * Latin letters come from Droid Sans, so English words in Chinese text look right too.
 */
final class CjkFont {
    static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String STYLESHEET = CjkFont.class.getResource("cjk.css").toExternalForm();
    /** Whether the font could be loaded; {@code null} until Chinese first asked for it. */
    private static volatile Boolean loaded;

    private CjkFont() {
    }

    /**
     * Loads the bundled font the first time it is asked for, and only then: an English session (the language is
     * fixed for the process) never reads its 5 MB. False when it is missing from the build.
     */
    private static boolean load() {
        Boolean known = loaded;
        return known != null ? known : loadOnce();
    }

    private static synchronized boolean loadOnce() {
        if (loaded == null) {
            try (InputStream in = CjkFont.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc")) {
                Font[] fonts = in == null ? null : Font.loadFonts(in, 12);
                loaded = fonts != null && fonts.length > 0;
            } catch (IOException e) {
                loaded = false;
            }
        }
        return loaded;
    }

    private static boolean inUse() {
        return Texts.language().equals(Locale.SIMPLIFIED_CHINESE) && load();
    }

    /** Adds the stylesheet that makes the bundled font a scene's or a dialog's, while it is in use. */
    static void style(List<String> stylesheets) {
        if (inUse() && !stylesheets.contains(STYLESHEET)) {
            stylesheets.add(STYLESHEET);
        }
    }

    /** The font for a canvas's text: the bundled one while it is in use, otherwise the system's. */
    static Font canvas(double size) {
        return inUse() ? Font.font(FAMILY, size) : Font.font(size);
    }
}
