package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vaeexplorer.model.lessons.LessonPreview;

/** A start-page card's picture: the preview's points in their class colours, or a placeholder. */
@ExtendWith(ApplicationExtension.class)
class LessonPictureTest {
    private LessonPicture withPreview;
    private LessonPicture placeholder;
    private LessonPicture collapsed;

    @Start
    void start(Stage stage) {
        // Two points at opposite corners of the least range a picture frames (±2.5), of classes 0 and 1.
        withPreview = new LessonPicture(new LessonPreview(new float[] {-2.5f, -2.5f, 2.5f, 2.5f}, new int[] {0, 1}),
                250, 165);
        placeholder = new LessonPicture(null, 250, 165);
        // Codes near the origin, as in a collapsed model: they must stay near the centre, not fill the picture.
        collapsed = new LessonPicture(new LessonPreview(new float[] {0, 0, 0.5f, 0.5f}, new int[] {0, 1}), 250, 165);
        Scene scene = new Scene(new HBox(withPreview, placeholder, collapsed));
        scene.getStylesheets().add(LessonPicture.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.05 && Math.abs(a.getGreen() - b.getGreen()) < 0.05
                && Math.abs(a.getBlue() - b.getBlue()) < 0.05;
    }

    @Test
    void drawsEachPointInItsClassColourWithOneScaleForBothAxes(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = withPreview.snapshot(null, null));
        // Height limits the scale: 165 - 2 * 8 = 149 px for the 5 units, centred across the width.
        Color first = image[0].getPixelReader().getColor(125 - 75, 83 + 74);
        Color second = image[0].getPixelReader().getColor(125 + 74, 83 - 75);
        assertTrue(near(Palette.classColor(0, 2), first), first.toString());
        assertTrue(near(Palette.classColor(1, 2), second), second.toString());
        assertTrue(withPreview.hasPreview());
    }

    @Test
    void codesNearTheOriginStayNearTheCentre(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = collapsed.snapshot(null, null));
        // The ±2.5 frame: 149 px for 5 units, so (0.5, 0.5) lies 15 px right of and above the centre (125, 83).
        Color centre = image[0].getPixelReader().getColor(125, 83);
        Color offCentre = image[0].getPixelReader().getColor(125 + 15, 83 - 15);
        assertTrue(near(Palette.classColor(0, 2), centre), centre.toString());
        assertTrue(near(Palette.classColor(1, 2), offCentre), offCentre.toString());
    }

    @Test
    void withoutAPreviewItIsAPlaceholderWithNoClassColour(FxRobot robot) {
        assertFalse(placeholder.hasPreview());
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = placeholder.snapshot(null, null));
        int coloured = 0;
        for (int y = 0; y < 165; y++) {
            for (int x = 0; x < 250; x++) {
                Color c = image[0].getPixelReader().getColor(x, y);
                if (near(c, Palette.classColor(0, 2)) || near(c, Palette.classColor(1, 2))) {
                    coloured++;
                }
            }
        }
        assertEquals(0, coloured);
    }

    @Test
    void aThemeChangeDrawsThePictureAgainInItsColours(FxRobot robot) {
        robot.interact(() -> placeholder.setStyle("-vae-background-color: black;"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = placeholder.snapshot(null, null));
        Color background = image[0].getPixelReader().getColor(5, 5);
        assertTrue(near(Color.BLACK, background), background.toString());
    }
}
