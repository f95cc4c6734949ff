package org.vaeexplorer.view;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.LessonViewModel;
import org.vaeexplorer.viewmodel.SettingField;

/**
 * Student mode in the window: while the lesson's {@code studentModeProperty()} is on, the nodes whose ids are in its
 * locked controls are disabled and those in its hidden controls are neither shown nor laid out; off, they are as the
 * panes make them. Each node carries its own lock and hide flags; a pane that binds a control's disable or visible
 * property includes them through {@link #bindDisable} and {@link #bindShown}, and other nodes are bound to the flags
 * here when first locked or hidden.
 */
final class StudentMode {
    private static final String LOCK_KEY = "vae.student.locked";
    private static final String HIDE_KEY = "vae.student.hidden";

    private final Function<String, Node> controls;
    private final LessonViewModel lesson;
    /** Every id this has locked or hidden, so that unlocking reaches the nodes no longer in the sets. */
    private final Set<String> touched = new HashSet<>();

    /** @param controls the window's controls by id ({@code null} for an id it does not have) */
    StudentMode(Function<String, Node> controls, LessonViewModel lesson) {
        this.controls = controls;
        this.lesson = lesson;
        SetChangeListener<String> changed = change -> apply();
        lesson.lockedControls().addListener(changed);
        lesson.hiddenControls().addListener(changed);
        lesson.studentModeProperty().addListener((obs, was, now) -> apply());
        apply();
    }

    /** The controls a lesson can lock or hide, by id, with the names the teacher chooses them by. */
    static Map<String, String> lockableControls(Iterable<SettingField> settings) {
        Map<String, String> controls = new LinkedHashMap<>();
        controls.put("datasetBox", Texts.get("student.control.datasetBox"));
        controls.put("pointsField", Texts.get("student.control.pointsField"));
        controls.put("noiseField", Texts.get("student.control.noiseField"));
        controls.put("loadButton", Texts.get("student.control.loadButton"));
        controls.put("regenerateButton", Texts.get("student.control.regenerateButton"));
        controls.put("openButton", Texts.get("student.control.openButton"));
        for (SettingField field : settings) {
            controls.put("setting-" + field.key(), Texts.get("student.control.setting", field.label()));
        }
        controls.put("activationBox", Texts.get("student.control.activationBox"));
        controls.put("likelihoodBox", Texts.get("student.control.likelihoodBox"));
        controls.put("trainButton", Texts.get("student.control.trainButton"));
        controls.put("pauseButton", Texts.get("student.control.pauseButton"));
        controls.put("stepButton", Texts.get("student.control.stepButton"));
        controls.put("stepMinibatchButton", Texts.get("motion.step"));
        controls.put("resetButton", Texts.get("student.control.resetButton"));
        controls.put("saveButton", Texts.get("student.control.saveButton"));
        controls.put("latentCanvas", Texts.get("student.control.latentCanvas"));
        controls.put("manifoldToggle", Texts.get("student.control.manifoldToggle"));
        controls.put("dimensionXBox", Texts.get("student.control.dimensionXBox"));
        controls.put("dimensionYBox", Texts.get("student.control.dimensionYBox"));
        controls.put("sliderBox", Texts.get("student.control.sliderBox"));
        controls.put("drawToggle", Texts.get("student.control.drawToggle"));
        controls.put("sampleButton", Texts.get("student.control.sampleButton"));
        controls.put("priorCountField", Texts.get("student.control.priorCountField"));
        controls.put("noiseBox", Texts.get("student.control.noiseBox"));
        controls.put("reconstructionsBox", Texts.get("student.control.reconstructionsBox"));
        controls.put("storyTabs", Texts.get("student.control.storyTabs"));
        controls.put("timelineSlider", Texts.get("student.control.timelineSlider"));
        controls.put("continueFromHereButton", Texts.get("student.control.continueFromHereButton"));
        controls.put("modelBox", Texts.get("side.lock.model"));
        controls.put("holdoutFromBox", Texts.get("split.lock.from"));
        return controls;
    }

    /** Binds a control's disable property to {@code disabled}, or its student lock. */
    static void bindDisable(Node node, ObservableBooleanValue disabled) {
        node.disableProperty().bind(Bindings.or(disabled, lockOf(node)));
    }

    /** Binds a node's visible and managed properties to {@code shown}, unless students may not see it. */
    static void bindShown(Node node, ObservableBooleanValue shown) {
        var visible = Bindings.and(shown, hiddenOf(node).not());
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(visible);
    }

    private void apply() {
        boolean on = lesson.studentModeProperty().get();
        touched.addAll(lesson.lockedControls());
        touched.addAll(lesson.hiddenControls());
        for (String id : touched) {
            Node node = controls.apply(id);
            if (node == null) {
                continue;
            }
            if (!node.disableProperty().isBound()) {
                bindDisable(node, new SimpleBooleanProperty(node.isDisable()));
            }
            if (!node.visibleProperty().isBound()) {
                bindShown(node, new SimpleBooleanProperty(node.isVisible()));
            }
            lockOf(node).set(on && lesson.lockedControls().contains(id));
            hiddenOf(node).set(on && lesson.hiddenControls().contains(id));
        }
    }

    /** A node's student lock: true while student mode locks it. */
    static BooleanProperty lockOf(Node node) {
        return flag(node, LOCK_KEY);
    }

    private static BooleanProperty hiddenOf(Node node) {
        return flag(node, HIDE_KEY);
    }

    private static BooleanProperty flag(Node node, String key) {
        return (BooleanProperty) node.getProperties().computeIfAbsent(key, k -> new SimpleBooleanProperty(false));
    }
}
