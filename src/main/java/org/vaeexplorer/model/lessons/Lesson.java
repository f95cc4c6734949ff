package org.vaeexplorer.model.lessons;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.text.Texts;

/**
 * Everything a lesson restores. Immutable; the constructor checks every part, so a lesson that exists can be saved.
 *
 * @param name      shown in lists and the title bar: 1 to {@value #MAX_NAME_CHARS} characters, no control characters
 * @param notes     for the teacher and the class, per language
 * @param data      where the data comes from
 * @param settings  the settings form's values (a new run starts from them)
 * @param training  the trained model, its epoch count and optionally Adam's state, or {@code null} for a lesson
 *                  that has not been trained
 * @param history   the reports of the epochs trained so far, oldest first; its last epoch is the checkpoint's
 * @param view      what the window shows (probe, dimensions, sliders, ...), as keys and values the window defines;
 *                  keys are control ids (see {@link #isControlId}), values at most {@value #MAX_VIEW_VALUE_CHARS}
 *                  characters without control characters
 * @param locked    the ids of the controls students cannot change
 * @param hidden    the ids of the controls students do not see
 */
public record Lesson(String name, LessonNotes notes, LessonData data, VaeConfig settings, TrainingCheckpoint training,
        List<EpochReport> history, Map<String, String> view, Set<String> locked, Set<String> hidden) {
    public static final int MAX_NAME_CHARS = 200;
    public static final int MAX_VIEW_VALUE_CHARS = 1000;
    /** Limit on view entries and on locked or hidden controls, each. */
    public static final int MAX_ENTRIES = 500;
    private static final Pattern CONTROL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Lesson {
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || hasControlCharacters(name)) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.name", String.valueOf(MAX_NAME_CHARS)));
        }
        if (notes == null || data == null || settings == null) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.parts"));
        }
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.settings", settings.problems().get(0)));
        }
        history = List.copyOf(history);
        checkHistory(history, training);
        view = checkedView(view);
        locked = checkedIds(locked, "locked");
        hidden = checkedIds(hidden, "hidden");
    }

    /** A lesson with nothing locked or hidden and no view state, as the command line writes. */
    public static Lesson of(String name, LessonNotes notes, LessonData data, VaeConfig settings,
            TrainingCheckpoint training, List<EpochReport> history) {
        return new Lesson(name, notes, data, settings, training, history, Map.of(), Set.of(), Set.of());
    }

    /** Whether text can be a control id or view key: a letter or digit, then up to 63 of those, '.', '_' or '-'. */
    public static boolean isControlId(String text) {
        return CONTROL_ID.matcher(text).matches();
    }

    /** The report of the last epoch trained, or {@code null} when the history is empty. */
    public EpochReport lastEpoch() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    private static void checkHistory(List<EpochReport> history, TrainingCheckpoint training) {
        if (history.isEmpty()) {
            return;
        }
        int latent = history.get(0).klPerDimension().length;
        for (EpochReport r : history) {
            if (r.klPerDimension().length != latent) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.historyLatent", String.valueOf(latent)));
            }
        }
        int last = history.get(history.size() - 1).epoch();
        if (training != null && last != training.epochsDone()) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.historyEnd", String.valueOf(last),
                    String.valueOf(training.epochsDone())));
        }
    }

    private static Map<String, String> checkedView(Map<String, String> view) {
        if (view.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.viewCount", String.valueOf(MAX_ENTRIES),
                    String.valueOf(view.size())));
        }
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : view.entrySet()) {
            if (!isControlId(e.getKey())) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.viewKey", e.getKey()));
            }
            String value = e.getValue();
            if (value.length() > MAX_VIEW_VALUE_CHARS || hasControlCharacters(value)) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.viewValue", e.getKey(),
                        String.valueOf(MAX_VIEW_VALUE_CHARS)));
            }
            sorted.put(e.getKey(), value);
        }
        return Collections.unmodifiableMap(sorted);
    }

    private static Set<String> checkedIds(Set<String> ids, String what) {
        if (ids.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(Texts.get("lesson.invalid.controlCount", String.valueOf(MAX_ENTRIES),
                    Texts.get("lesson.controls." + what), String.valueOf(ids.size())));
        }
        for (String id : ids) {
            if (!isControlId(id)) {
                throw new IllegalArgumentException(Texts.get("lesson.invalid.controlId", id));
            }
        }
        return Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
