package org.vaeexplorer.view;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.vaeexplorer.model.lessons.LessonSummary;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.LessonViewModel;
import org.vaeexplorer.viewmodel.StartPageViewModel;
import org.vaeexplorer.viewmodel.TrainingViewModel;

/**
 * The window's menus ({@code MenuBarView.fxml}): files, the bundled lessons and student mode, training, help. An item
 * that does what a button does is enabled as that button is, so student mode's locks reach the menus and their keys.
 */
public final class MenuBarView {
    @FXML private MenuItem openItem;
    @FXML private MenuItem openFolderItem;
    @FXML private MenuItem saveModelItem;
    @FXML private Menu exportMenu;
    @FXML private Menu recentMenu;
    @FXML private Menu lessonsMenu;
    @FXML private SeparatorMenuItem lessonsStart;
    @FXML private SeparatorMenuItem lessonsEnd;
    @FXML private MenuItem studentModeItem;
    @FXML private MenuItem chooseControlsItem;
    @FXML private MenuItem trainItem;
    @FXML private MenuItem stepItem;
    @FXML private MenuItem stepMinibatchItem;
    /** The training bar's Step minibatch, which the item fires. */
    private javafx.scene.control.ButtonBase stepMinibatchButton;
    @FXML private MenuItem resetItem;
    @FXML private Menu viewMenu;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private MenuItem compareItem;
    private TrainingViewModel training;
    private LessonViewModel lesson;
    private StartPageViewModel startPage;
    private MainView window;

    /**
     * @param window   the window, which shows the dialogs and pages the items ask for
     * @param controls the window's controls by id (the buttons the items mirror)
     */
    void bind(TrainingViewModel training, LessonViewModel lesson, StartPageViewModel startPage, MainView window,
            Function<String, Node> controls) {
        this.training = training;
        this.lesson = lesson;
        this.startPage = startPage;
        this.window = window;
        mirror(openItem, controls.apply("openButton"));
        mirror(openFolderItem, controls.apply("openButton"));
        mirror(saveModelItem, controls.apply("saveButton"));
        mirror(stepItem, controls.apply("stepButton"));
        stepMinibatchButton = (javafx.scene.control.ButtonBase) controls.apply("stepMinibatchButton");
        mirror(stepMinibatchItem, stepMinibatchButton);
        mirror(resetItem, controls.apply("resetButton"));
        Node train = controls.apply("trainButton");
        Node pause = controls.apply("pauseButton");
        trainItem.disableProperty().bind(train.disabledProperty().and(pause.disabledProperty())
                .or(StudentMode.lockOf(train)));
        studentModeItem.textProperty().bind(Bindings.when(lesson.studentModeProperty())
                .then(Texts.get("menu.lessons.unlock")).otherwise(Texts.get("menu.lessons.lock")));
        chooseControlsItem.disableProperty().bind(lesson.studentModeProperty());
        (Texts.language().equals(Locale.ENGLISH) ? englishItem : chineseItem).setSelected(true);
        compareItem.setText(Texts.get("side.compare.menu"));
        compareItem.disableProperty().bind(training.settings().configProperty().isNull());
        startPage.lessons().addListener((ListChangeListener<LessonSummary>) change -> listLessons());
        listLessons();
    }

    /** The View menu's presenting items, on {@code display}. */
    void bindDisplay(org.vaeexplorer.viewmodel.DisplayViewModel display) {
        ViewMenu.fill(viewMenu, display);
    }

    private static void mirror(MenuItem item, Node button) {
        item.disableProperty().bind(BooleanExpression.booleanExpression(button.disabledProperty()));
    }

    /** One item per bundled lesson, between the two separators. */
    private void listLessons() {
        var items = lessonsMenu.getItems();
        items.remove(items.indexOf(lessonsStart) + 1, items.indexOf(lessonsEnd));
        int at = items.indexOf(lessonsStart) + 1;
        for (LessonSummary summary : startPage.lessons()) {
            // Lesson names come from files: no mnemonic parsing of their underscores.
            MenuItem item = new MenuItem(summary.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openLesson(summary.file()));
            items.add(at++, item);
        }
        lessonsEnd.setVisible(at > items.indexOf(lessonsStart) + 1);
    }

    /** File ▸ Export, filled by the window's {@link ExportMenus}. */
    Menu exportMenu() {
        return exportMenu;
    }

    /** File ▸ Open recent, filled by {@link RecentMenu}. */
    Menu recentMenu() {
        return recentMenu;
    }

    /** Space: trains or pauses, unless that is locked or impossible now. */
    void trainOrPause() {
        if (!trainItem.isDisable()) {
            training.toggleTraining();
        }
    }

    @FXML
    void onOpen() {
        window.onOpen();
    }

    @FXML
    void onOpenFolder() {
        window.onOpenFolder();
    }

    @FXML
    void onSaveModel() {
        window.onSave();
    }

    @FXML
    void onSaveLesson() {
        window.onSaveLesson();
    }

    @FXML
    void onQuit() {
        window.quit();
    }

    @FXML
    void onStartPage() {
        window.showStartPage();
    }

    @FXML
    void onToggleStudentMode() {
        lesson.setStudentMode(!lesson.studentModeProperty().get());
    }

    @FXML
    void onChooseControls() {
        window.chooseStudentControls();
    }

    @FXML
    void onTrainOrPause() {
        trainOrPause();
    }

    @FXML
    void onStepMinibatch() {
        stepMinibatchButton.fire();
    }

    @FXML
    void onStep() {
        training.step();
    }

    @FXML
    void onReset() {
        training.reset();
    }

    @FXML
    void onEnglish() {
        window.chooseLanguage(Locale.ENGLISH);
    }

    @FXML
    void onChinese() {
        window.chooseLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    void onCompareRuns() {
        window.compareRuns();
    }

    @FXML
    void onShortcuts() {
        window.showShortcuts();
    }

    @FXML
    void onAbout() {
        window.showAbout();
    }
}
