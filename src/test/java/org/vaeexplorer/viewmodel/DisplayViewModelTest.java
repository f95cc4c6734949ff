package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayViewModelTest {
    @Test
    void presenterModeScalesHidesTheSettingsAndGoesFullScreenThenRestoresAsItWas() {
        DisplayViewModel d = new DisplayViewModel();
        d.presenterScaleProperty().set(2.0);
        assertEquals(1, d.scaleProperty().get());
        d.presenterProperty().set(true);
        assertEquals(2, d.scaleProperty().get());
        assertFalse(d.settingsShownProperty().get());
        assertTrue(d.fullScreenProperty().get());
        d.presenterProperty().set(false);
        assertEquals(1, d.scaleProperty().get());
        assertTrue(d.settingsShownProperty().get());
        assertFalse(d.fullScreenProperty().get(), "was not full screen before");
    }

    @Test
    void aWindowFullScreenBeforePresentingStaysSoAfter() {
        DisplayViewModel d = new DisplayViewModel();
        d.fullScreenProperty().set(true);
        d.presenterProperty().set(true);
        d.presenterProperty().set(false);
        assertTrue(d.fullScreenProperty().get());
    }

    @Test
    void aScaleNotOfferedIsRefusedAndTheSettingsPaneChoiceHolds() {
        DisplayViewModel d = new DisplayViewModel();
        d.presenterScaleProperty().set(1.25);
        d.presenterScaleProperty().set(7);
        assertEquals(1.25, d.presenterScaleProperty().get());
        d.settingsPaneProperty().set(false);
        assertFalse(d.settingsShownProperty().get());
    }
}
