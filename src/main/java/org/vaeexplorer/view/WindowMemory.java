package org.vaeexplorer.view;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Stage;
import org.vaeexplorer.viewmodel.DataViewModel;
import org.vaeexplorer.viewmodel.DisplayViewModel;
import org.vaeexplorer.viewmodel.SettingsViewModel;

/**
 * Remembers the window's size and place, the dataset, every setting and the View menu's choices between runs (user
 * preferences).
 */
final class WindowMemory {
    private final Preferences prefs = Preferences.userRoot().node("org/vaeexplorer/" + System.getProperty(
            "vaeexplorer.profile", "main"));

    /** The language chosen in View ▸ Language, if one was. */
    Optional<Locale> language() {
        return Optional.ofNullable(prefs.get("language", null)).map(Locale::forLanguageTag);
    }

    void saveLanguage(Locale language) {
        prefs.put("language", language.toLanguageTag());
    }

    /**
     * Restores the window and the settings, and, when {@code loadData}, the dataset if one was remembered.
     *
     * @param loadData false when the window opens a file of the user's at once (the launcher's argument): loading
     *                 the remembered data first would only delay it
     * @return whether a dataset was remembered (and is being loaded): on a first start none is, and the start page
     *         shows instead
     */
    boolean restore(Stage stage, DataViewModel data, SettingsViewModel settings, boolean loadData) {
        // On a first start, most of the screen: a projector's 1920 × 1080 shows the panes large enough to read.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = prefs.getDouble("width", Math.max(1280, screen.getWidth() * 0.92));
        double h = prefs.getDouble("height", Math.max(800, screen.getHeight() * 0.92));
        stage.setWidth(Math.max(900, w));
        stage.setHeight(Math.max(600, h));
        if (prefs.getBoolean("maximized", false)) {
            stage.setMaximized(true);
        }
        data.pointsProperty().set(prefs.get("points", data.pointsProperty().get()));
        String dataset = prefs.get("dataset", null);
        if (dataset != null && loadData) {
            data.datasetChoices().stream().filter(c -> c.id().equals(dataset)).findFirst()
                    .or(() -> data.datasetChoices().stream().findFirst())
                    .ifPresent(data.datasetChoiceProperty()::set);
        }
        Map<String, String> saved = new LinkedHashMap<>();
        for (String key : settings.texts().keySet()) {
            String text = prefs.get("setting." + key, null);
            if (text != null) {
                saved.put(key, text);
            }
        }
        settings.restoreTexts(saved);
        return dataset != null;
    }

    /**
     * Restores the View menu's choices (scale, panes, theme, class shapes) and stores each as it changes. Presenter
     * mode and full screen are not remembered: a window that opens full screen surprises the next user.
     */
    void remember(DisplayViewModel display) {
        display.presenterScaleProperty().set(prefs.getDouble("display.scale", display.presenterScaleProperty().get()));
        display.presenterScaleProperty().addListener((obs, was, now) -> prefs.putDouble("display.scale",
                now.doubleValue()));
        rememberFlag("display.settingsPane", display.settingsPaneProperty());
        rememberFlag("display.notesPane", display.notesPaneProperty());
        rememberFlag("display.chartsPane", display.chartsPaneProperty());
        rememberFlag("display.classShapes", display.classShapesProperty());
        String theme = prefs.get("display.theme", display.themeProperty().get().name());
        for (DisplayViewModel.Theme t : DisplayViewModel.Theme.values()) {
            if (t.name().equals(theme)) {
                display.themeProperty().set(t);
            }
        }
        display.themeProperty().addListener((obs, was, now) -> prefs.put("display.theme", now.name()));
    }

    private void rememberFlag(String key, BooleanProperty flag) {
        flag.set(prefs.getBoolean(key, flag.get()));
        flag.addListener((obs, was, now) -> prefs.putBoolean(key, now));
    }

    void save(Stage stage, DataViewModel data, SettingsViewModel settings) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        if (data.datasetChoiceProperty().get() != null) {
            prefs.put("dataset", data.datasetChoiceProperty().get().id());
        }
        prefs.put("points", data.pointsProperty().get());
        settings.texts().forEach((key, text) -> prefs.put("setting." + key, text));
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: failing to store them must not stop the app from closing.
        }
    }

    /**
     * Where the preferences live when they cannot be stored there (a read-only home, a full disk), else empty. May
     * take seconds when they cannot (the JDK retries its lock): not on the FX thread.
     */
    Optional<String> unstorableFolder() {
        try {
            prefs.flush();
            return Optional.empty();
        } catch (BackingStoreException | SecurityException e) {
            // Only JDK's file-based store on Linux has a folder; elsewhere the user's home names the place.
            String home = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
            return Optional.of(java.nio.file.Path.of(home, ".java", ".userPrefs").toString());
        }
    }
}
