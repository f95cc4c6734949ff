package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.lessons.BundledLessons;
import org.vaeexplorer.model.lessons.LessonSummary;

/** The start page's list: read off the UI thread, sorted, a bad file reported and skipped; when it shows. */
class StartPageViewModelTest {
    @TempDir
    Path dir;
    private final List<Notice> notices = new ArrayList<>();
    private final SimpleObjectProperty<Object> data = new SimpleObjectProperty<>();
    private final SimpleStringProperty lessonName = new SimpleStringProperty("");

    private StartPageViewModel startPage(List<Path> files) {
        return new StartPageViewModel(Runnable::run, () -> files, notices::add, data, lessonName);
    }

    @Test
    void listsTheLessonsSortedByFileNameAndReportsTheOneThatFailsInOneNotice() throws Exception {
        List<Path> bundled = BundledLessons.files();
        assertTrue(bundled.size() >= 2, "the bundled lessons are found from the project folder");
        Path second = Files.copy(bundled.get(1), dir.resolve("b-second.vaelesson"));
        Path first = Files.copy(bundled.get(0), dir.resolve("a-first.vaelesson"));
        Path broken = Files.write(dir.resolve("c-broken.vaelesson"), new byte[] {'P', 'K', 3, 4, 1, 2});
        List<Runnable> background = new ArrayList<>();
        StartPageViewModel vm = startPage(List.of(broken, second, first));

        vm.list(background::add);
        assertTrue(vm.listingProperty().get());
        assertTrue(vm.lessons().isEmpty(), "nothing is read on the calling thread");
        background.forEach(Runnable::run);

        assertFalse(vm.listingProperty().get());
        assertEquals(List.of(first, second), vm.lessons().stream().map(LessonSummary::file).toList());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).error());
        assertTrue(notices.get(0).text().contains("c-broken.vaelesson"), notices.get(0).text());
    }

    @Test
    void aListenerOnTheLessonsHearsTheListingThatComesAfterACollection() throws Exception {
        StartPageViewModel vm = startPage(BundledLessons.files());
        List<Integer> heard = new ArrayList<>();
        vm.lessons().addListener((javafx.collections.ListChangeListener<LessonSummary>) change ->
                heard.add(change.getList().size()));
        Garbage.collect();
        vm.list(Runnable::run);
        assertEquals(List.of(BundledLessons.files().size()), heard, "the start page's cards follow the list");
    }

    @Test
    void everyBundledLessonIsListedWithoutANotice() {
        StartPageViewModel vm = startPage(BundledLessons.files());
        vm.list(Runnable::run);
        assertEquals(BundledLessons.files().size(), vm.lessons().size());
        assertTrue(vm.lessons().size() >= 7);
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void showsWhenAskedAndHidesWhenDataOrALessonOpens() {
        Executor direct = Runnable::run;
        StartPageViewModel vm = startPage(List.of());
        vm.list(direct);
        assertNull(data.get());
        vm.show();
        assertTrue(vm.showingProperty().get());
        data.set("data");
        assertFalse(vm.showingProperty().get());
        vm.show();
        lessonName.set("A lesson");
        assertFalse(vm.showingProperty().get());
        vm.show();
        data.set(null);
        assertTrue(vm.showingProperty().get(), "data going away does not hide it");
    }
}
