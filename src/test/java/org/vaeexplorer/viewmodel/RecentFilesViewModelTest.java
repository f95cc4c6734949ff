package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesViewModelTest {
    @TempDir
    Path dir;
    private final List<Path> opened = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final RecentFilesViewModel recent = new RecentFilesViewModel(opened::add, notices::add);

    @Test
    void theNewestComesFirstOnceAndTheListKeepsEight() {
        for (int i = 0; i < 10; i++) {
            recent.remember(dir.resolve("f" + i + ".csv"));
        }
        recent.remember(dir.resolve("f5.csv"));
        assertEquals(RecentFilesViewModel.MAX, recent.files().size());
        assertEquals(dir.resolve("f5.csv"), recent.files().get(0));
        assertEquals(dir.resolve("f9.csv"), recent.files().get(1));
        assertFalse(recent.files().contains(dir.resolve("f1.csv")), "the oldest fell off");
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("f5.csv")).count());
    }

    @Test
    void restoringKeepsTheRememberedOrder() {
        recent.restore(List.of(dir.resolve("a.vae"), dir.resolve("b.vaelesson"), dir.resolve("a.vae")));
        assertEquals(List.of(dir.resolve("a.vae"), dir.resolve("b.vaelesson")), recent.files());
    }

    @Test
    void aFileThatIsGoneIsDroppedWithANoticeAndOthersOpen() throws Exception {
        Path here = Files.writeString(dir.resolve("here.csv"), "x,y\n1,2\n");
        Path gone = dir.resolve("gone.vae");
        recent.remember(gone);
        recent.remember(here);
        recent.open(gone);
        assertEquals(List.of(here), recent.files());
        assertTrue(notices.get(0).error() && notices.get(0).text().contains("gone.vae"), notices.toString());
        assertTrue(opened.isEmpty());
        recent.open(here);
        assertEquals(List.of(here), opened);
    }
}
