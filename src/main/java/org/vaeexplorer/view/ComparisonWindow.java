package org.vaeexplorer.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ComparisonPlan;
import org.vaeexplorer.viewmodel.ComparisonViewModel;
import org.vaeexplorer.viewmodel.DataSnapshot;

/**
 * The comparison's own window beside the main one (decision 0022): made on first use and shown again after, it has
 * its own repaint loop; closing it ends the comparison and leaves the main window's session as it was.
 */
final class ComparisonWindow {
    private Stage stage;
    private ComparisonView view;

    /** Asks which runs to compare on the current settings, then opens them here. */
    void compare(Window owner, ComparisonViewModel comparison, ObservableValue<DataSnapshot> data, VaeConfig base) {
        if (base == null) {
            return;
        }
        CompareRunsDialog.choose(owner, base).ifPresent(plan -> show(owner, comparison, data, plan));
    }

    /** Opens the plan's runs in this window and trains them. */
    void show(Window owner, ComparisonViewModel comparison, ObservableValue<DataSnapshot> data, ComparisonPlan plan) {
        if (stage == null) {
            stage = create(owner, comparison, data);
        }
        comparison.open(plan);
        // Presenting, the main window fills the screen: the runs take the whole screen too, their texts being larger.
        CanvasLook look = CanvasLook.of(stage.getScene().getRoot());
        if (look != null && look.scale.get() > 1) {
            stage.setMaximized(true);
        }
        stage.show();
        stage.toFront();
    }

    /** The window, once made; for tests. */
    Stage stage() {
        return stage;
    }

    /** Its controller, once made; for tests. */
    ComparisonView view() {
        return view;
    }

    private Stage create(Window owner, ComparisonViewModel comparison, ObservableValue<DataSnapshot> data) {
        FXMLLoader loader = new FXMLLoader(ComparisonView.class.getResource("ComparisonView.fxml"), Texts.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the comparison's layout is missing from the application", e);
        }
        view = loader.getController();
        // The layout's preferred size, within the screen (a small laptop's, or a projector's).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().add(ComparisonView.class.getResource("main.css").toExternalForm());
        CjkFont.style(scene.getStylesheets());
        Stage s = new Stage();
        s.initOwner(owner);
        OwnerLook.follow(root, owner);
        s.setTitle(Texts.get("side.compare.title"));
        s.setScene(scene);
        view.bind(comparison, data, new RepaintScheduler(RepaintScheduler.PulseSource.of(scene)));
        s.setOnHidden(e -> comparison.close());
        return s;
    }
}
