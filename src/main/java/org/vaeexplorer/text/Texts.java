package org.vaeexplorer.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every user-facing string, looked up by key in {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (简体中文). FXML reads the same bundle ({@code %key}); code calls
 * {@link #get(String, Object...)}, which formats {@code {0}}-style arguments with {@link MessageFormat}.
 * The language is process-wide: the system's by default, switched by {@link #use(Locale)}.
 */
public final class Texts {
    /** The bundle's base name, for FXML loaders and tests. */
    public static final String BUNDLE = "org.vaeexplorer.text.messages";
    /** The languages the bundles are complete in, first the fallback. */
    public static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

    private static volatile Language current = new Language(load(Locale.getDefault()));

    /**
     * A bundle and each of its keys' parsed patterns, switched together: a status line formatted per epoch parsed its
     * pattern and built a number format every time (a 2-D run in the window allocated about 1 MB/s for it).
     */
    private record Language(ResourceBundle bundle,
            java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats) {
        Language(ResourceBundle bundle) {
            this(bundle, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private Texts() {
    }

    /** Uses {@code locale}'s bundle from now on (English when it is not one of {@link #LANGUAGES}). */
    public static void use(Locale locale) {
        current = new Language(load(Objects.requireNonNull(locale, "locale")));
    }

    /** The language now used: one of {@link #LANGUAGES}. */
    public static Locale language() {
        return isChinese(current.bundle().getLocale()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The bundle now used, for {@code FXMLLoader.setResources}. */
    public static ResourceBundle bundle() {
        return current.bundle();
    }

    /**
     * The text for {@code key}, with {@code arguments} put in its {@code {0}}, {@code {1}}, …; a missing key
     * gives the key itself in brackets, which a completeness test keeps out of releases.
     */
    public static String get(String key, Object... arguments) {
        Language language = current;
        String pattern;
        try {
            pattern = language.bundle().getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = language.formats().computeIfAbsent(key,
                k -> new MessageFormat(pattern, language.bundle().getLocale()));
        // A MessageFormat is not safe for two threads at once; the model thread and the FX thread both format.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    private static ResourceBundle load(Locale locale) {
        Locale wanted = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
