package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AboutDialogTest {
    @Test
    void theBundledDataNoticeNamesEachDatasetAndItsLicence() {
        String notice = AboutDialog.dataNotice();
        assertTrue(notice.contains("mnist-10k") && notice.contains("CC BY-SA 3.0"), notice);
        assertTrue(notice.contains("fashion-mnist") && notice.contains("MIT"), notice);
    }

    @Test
    void aVersionIsAlwaysShownAndEveryLibraryHasALicence() {
        assertFalse(AboutDialog.version().isBlank());
        AboutDialog.LIBRARIES.forEach(l -> assertFalse(l.get(1).isBlank(), l.get(0)));
    }
}
