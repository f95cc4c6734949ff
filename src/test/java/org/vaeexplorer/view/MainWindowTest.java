package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless (Monocle): the main window opens with its title. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new VaeExplorerApp().start(stage);
    }

    @Test
    void windowOpensTitledVaeExplorer() {
        assertTrue(stage.isShowing());
        assertEquals("VAE Explorer", stage.getTitle());
    }
}
