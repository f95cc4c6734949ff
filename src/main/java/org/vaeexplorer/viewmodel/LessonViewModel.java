package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.vaeexplorer.model.lessons.LessonNotes;

/**
 * The open lesson: opening a {@code .vaelesson} restores data, settings, model, optimiser, history and view; saving
 * writes the session as one; Reset goes back to the lesson as opened; in student mode the controls the lesson locks
 * or hides are so, until the teacher unlocks them.
 */
public final class LessonViewModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LessonNotes> notes = new ReadOnlyObjectWrapper<>(LessonNotes.none());
    private final ObservableSet<String> locked = FXCollections.observableSet();
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ReadOnlyBooleanWrapper studentMode = new ReadOnlyBooleanWrapper(false);

    LessonViewModel() {
    }

    /** The open lesson's name, empty when none is open. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The open lesson's notes ({@link LessonNotes#none()} when none is open). */
    public ReadOnlyObjectProperty<LessonNotes> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Ids of the controls students cannot change (node ids, as FXML's fx:id gives them). */
    public ObservableSet<String> lockedControls() {
        return FXCollections.unmodifiableObservableSet(locked);
    }

    /** Ids of the controls students do not see. */
    public ObservableSet<String> hiddenControls() {
        return FXCollections.unmodifiableObservableSet(hidden);
    }

    /** The teacher chooses what a saved lesson locks (ignored in student mode). */
    public void setLocked(String controlId, boolean lock) {
        if (!studentMode.get()) {
            if (lock) {
                locked.add(controlId);
            } else {
                locked.remove(controlId);
            }
        }
    }

    /** The teacher chooses what a saved lesson hides (ignored in student mode). */
    public void setHidden(String controlId, boolean hide) {
        if (!studentMode.get()) {
            if (hide) {
                hidden.add(controlId);
            } else {
                hidden.remove(controlId);
            }
        }
    }

    /** True while the locked and hidden controls are so: on when a lesson that locks or hides any opens. */
    public ReadOnlyBooleanProperty studentModeProperty() {
        return studentMode.getReadOnlyProperty();
    }

    /** The teacher unlocks ({@code false}) or locks again ({@code true}). */
    public void setStudentMode(boolean on) {
        studentMode.set(on);
    }

    /** Opens a lesson; a damaged or foreign file leaves the session as it was and raises a notice. */
    public void open(Path file) {
        throw new UnsupportedOperationException("being written");
    }

    /** Saves the session as a lesson (atomically), named as the open lesson or, without one, as the file. */
    public void save(Path file) {
        throw new UnsupportedOperationException("being written");
    }
}
