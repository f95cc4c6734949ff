package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.SettingsViewModel;

/** The settings form on its own, headless: ControlsFX's decoration follows each field's problem. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private SettingsViewModel settings;

    @Start
    void start(Stage stage) throws Exception {
        settings = new MainViewModel(Runnable::run, Runnable::run).settings();
        FXMLLoader loader = new FXMLLoader(SettingsView.class.getResource("SettingsView.fxml"), Texts.bundle());
        Parent form = loader.load();
        loader.<SettingsView>getController().bind(settings, new SimpleBooleanProperty(false));
        stage.setScene(new Scene(form, 360, 700));
        stage.show();
    }

    @Test
    void aFieldWithAProblemIsDecoratedWithItsMessageUntilFixed(FxRobot robot) {
        TextField rate = robot.lookup("#setting-lr").queryAs(TextField.class);
        assertFalse(rate.getStyleClass().contains(SettingsView.INVALID));
        assertTrue(decorationMessages(rate).isEmpty());

        robot.clickOn(rate).eraseText(rate.getText().length()).write("5e");
        WaitForAsyncUtils.waitForFxEvents();
        String problem = settings.field("lr").problemProperty().get();
        assertEquals("5e", settings.field("lr").textProperty().get());
        assertFalse(problem.isEmpty());
        assertTrue(rate.getStyleClass().contains(SettingsView.INVALID));
        assertEquals(List.of(problem), decorationMessages(rate));
        assertTrue(robot.lookup(problem).tryQuery().isPresent(), "the problem is also written under the field");

        robot.interact(() -> rate.setText("0.002"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(rate.getStyleClass().contains(SettingsView.INVALID));
        assertTrue(decorationMessages(rate).isEmpty());
    }

    @Test
    void onlyTheFieldWithTheProblemIsDecorated(FxRobot robot) {
        robot.interact(() -> settings.field("batch").textProperty().set("0"));
        WaitForAsyncUtils.waitForFxEvents();
        for (var field : settings.fields()) {
            TextField text = robot.lookup("#setting-" + field.key()).queryAs(TextField.class);
            boolean expected = field.key().equals("batch");
            assertEquals(expected, text.getStyleClass().contains(SettingsView.INVALID), field.key());
            assertEquals(expected ? 1 : 0, decorationMessages(text).size(), field.key());
        }
    }

    @Test
    void restingOnTheMarkShowsTheProblemNotTheFieldsHelp(FxRobot robot) throws Exception {
        TextField rate = robot.lookup("#setting-lr").queryAs(TextField.class);
        robot.interact(() -> rate.setText("5e"));
        WaitForAsyncUtils.waitForFxEvents();
        Control mark = (Control) rate.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Control c && c.getTooltip() != null).findFirst().orElseThrow();
        robot.moveTo(mark);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> mark.getTooltip().isShowing());
        assertEquals(settings.field("lr").problemProperty().get(), mark.getTooltip().getText());
        assertFalse(rate.getTooltip().isShowing());
    }

    @Test
    void theLikelihoodBoxOffersEveryLikelihoodOfTheSchemaByItsLabel(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Likelihood> box = robot.lookup("#likelihoodBox").queryAs(ChoiceBox.class);
        assertEquals(List.of(Likelihood.values()), box.getItems());
        assertTrue(box.getItems().contains(Likelihood.GAUSSIAN_ISOTROPIC));
        for (Likelihood likelihood : Likelihood.values()) {
            assertEquals(SettingsSchema.LIKELIHOOD.choiceLabel(likelihood), box.getConverter().toString(likelihood));
        }
        robot.interact(() -> box.setValue(Likelihood.GAUSSIAN_ISOTROPIC));
        assertEquals(Likelihood.GAUSSIAN_ISOTROPIC, settings.likelihoodProperty().get());
        assertEquals("Gaussian, one variance in data units", box.getConverter().toString(box.getValue()));
    }

    /** The messages of the decoration graphics ControlsFX put on the field (each carries its message as a tooltip). */
    private static List<String> decorationMessages(TextField field) {
        return field.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Control c && c.getTooltip() != null)
                .map(n -> ((Control) n).getTooltip().getText())
                .toList();
    }
}
