package org.vaeexplorer.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
     * A bundle, each of its keys' parsed patterns and one number format, switched together: a status line formatted
     * per epoch parsed its pattern and built a number format every time (a 2-D run in the window allocated about
     * 1 MB/s for it, and still 0.4 MB/s while only the number formats were built).
     */
    private record Language(ResourceBundle bundle, ConcurrentHashMap<String, Compiled> formats, NumberFormat numbers) {
        Language(ResourceBundle bundle) {
            this(bundle, new ConcurrentHashMap<>(), NumberFormat.getInstance(bundle.getLocale()));
        }
    }

    /**
     * A parsed pattern, and which of its arguments appear once and with no format of their own: a number there is
     * shown as {@link MessageFormat} would show it, with the locale's number format, but with the language's one, not
     * a new one per call. (An argument that appears twice may have a format at its other place, a choice say.)
     */
    private record Compiled(MessageFormat format, boolean[] plain) {
        private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\s*(\\d+)");

        static Compiled of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            java.text.Format[] byArgument = format.getFormatsByArgumentIndex();
            int[] uses = new int[byArgument.length];
            java.util.regex.Matcher argument = ARGUMENT.matcher(pattern);
            while (argument.find()) {
                int index = Integer.parseInt(argument.group(1));
                if (index < uses.length) {
                    uses[index]++;
                }
            }
            boolean[] plain = new boolean[byArgument.length];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = byArgument[i] == null && uses[i] == 1;
            }
            return new Compiled(format, plain);
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
        Compiled compiled = language.formats().computeIfAbsent(key,
                k -> Compiled.of(pattern, language.bundle().getLocale()));
        Object[] shown = arguments;
        for (int i = 0; i < Math.min(arguments.length, compiled.plain().length); i++) {
            if (compiled.plain()[i] && arguments[i] instanceof Number number) {
                shown = shown == arguments ? java.util.Arrays.copyOf(arguments, arguments.length, Object[].class) : shown;
                // Formats are not safe for two threads at once; the model thread and the FX thread both format.
                synchronized (language.numbers()) {
                    shown[i] = language.numbers().format(number);
                }
            }
        }
        synchronized (compiled.format()) {
            return compiled.format().format(shown);
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
