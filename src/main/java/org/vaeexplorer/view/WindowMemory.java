package org.vaeexplorer.view;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.vaeexplorer.model.Activation;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.SettingField;

/** Remembers the window's size and place, the dataset and every setting between runs (user preferences). */
final class WindowMemory {
    private final Preferences prefs = Preferences.userRoot().node("org/vaeexplorer/" + System.getProperty(
            "vaeexplorer.profile", "main"));

    void restore(Stage stage, MainViewModel vm) {
        double w = prefs.getDouble("width", 1280);
        double h = prefs.getDouble("height", 800);
        stage.setWidth(Math.max(900, w));
        stage.setHeight(Math.max(600, h));
        if (prefs.getBoolean("maximized", false)) {
            stage.setMaximized(true);
        }
        vm.pointsProperty().set(prefs.get("points", vm.pointsProperty().get()));
        String dataset = prefs.get("dataset", "two-gaussians");
        vm.datasetChoices().stream().filter(c -> c.id().equals(dataset)).findFirst()
                .or(() -> vm.datasetChoices().stream().findFirst())
                .ifPresent(vm.datasetChoiceProperty()::set);
        for (SettingField f : vm.settings().fields()) {
            String saved = prefs.get("setting." + f.key(), null);
            if (saved != null) {
                f.textProperty().set(saved);
            }
        }
        try {
            vm.settings().activationProperty().set(Activation.fromId(prefs.get("activation", "relu")));
            vm.settings().likelihoodProperty().set(Likelihood.fromId(prefs.get("likelihood", "gaussian-diagonal")));
        } catch (IllegalArgumentException e) {
            // A preference written by another version: keep the defaults.
        }
    }

    void save(Stage stage, MainViewModel vm) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        if (vm.datasetChoiceProperty().get() != null) {
            prefs.put("dataset", vm.datasetChoiceProperty().get().id());
        }
        prefs.put("points", vm.pointsProperty().get());
        for (SettingField f : vm.settings().fields()) {
            prefs.put("setting." + f.key(), f.textProperty().get());
        }
        prefs.put("activation", vm.settings().activationProperty().get().id());
        prefs.put("likelihood", vm.settings().likelihoodProperty().get().id());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: failing to store them must not stop the app from closing.
        }
    }
}
