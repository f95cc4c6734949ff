package org.vaeexplorer.view;

import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Dresses a dialog or a second window as its owner: the presenter's scale (the owner root's inline
 * {@code -fx-font-size}, set by {@link DisplayWindow}), the owner's {@link CanvasLook} for any canvas in it, and the
 * projector theme follow the owner while it is open.
 * Dialogs are scenes of their own, so they inherit neither from the main window's root.
 */
final class OwnerLook {
    private static final String LISTENER = "vae-owner-look";

    private OwnerLook() {
    }

    /** Makes {@code root} (a dialog pane, a window's root) follow the look of {@code owner}'s scene root. */
    static void follow(Parent root, Window owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Parent ownerRoot = owner.getScene().getRoot();
        root.styleProperty().bind(ownerRoot.styleProperty());
        CanvasLook look = CanvasLook.of(ownerRoot);
        if (look != null) {
            look.install(root);
        }
        InvalidationListener theme = o -> {
            boolean projector = ownerRoot.getStylesheets().contains(DisplayWindow.PROJECTOR_CSS);
            root.getStylesheets().remove(DisplayWindow.PROJECTOR_CSS);
            if (projector) {
                root.getStylesheets().add(DisplayWindow.PROJECTOR_CSS);
            }
        };
        theme.invalidated(null);
        // A weak listener, kept alive by the dialog it serves, so a closed dialog is not held by the main window.
        root.getProperties().put(LISTENER, theme);
        ownerRoot.getStylesheets().addListener(new javafx.beans.WeakInvalidationListener(theme));
    }
}
