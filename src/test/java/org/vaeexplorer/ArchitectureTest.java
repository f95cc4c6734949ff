package org.vaeexplorer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MVVM rooms of DEVELOPERS.md as rules that fail the build when broken. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vaeexplorer");
    }

    @Test
    void modelKnowsNothingOfJavaFxNorOfTheOtherRooms() {
        noClasses().that().resideInAPackage("org.vaeexplorer.model..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.vaeexplorer.viewmodel..",
                        "org.vaeexplorer.view..", "org.vaeexplorer.cli..")
                .check(classes);
    }

    @Test
    void theModelsPartsDependOnEachOtherInOneDirection() {
        slices().matching("org.vaeexplorer.model.(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.model.data..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vaeexplorer.model.settings..", "org.vaeexplorer.model.network..",
                        "org.vaeexplorer.model.training..", "org.vaeexplorer.model.files..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.model.settings..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vaeexplorer.model.network..", "org.vaeexplorer.model.training..",
                        "org.vaeexplorer.model.files..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.model.network..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vaeexplorer.model.training..", "org.vaeexplorer.model.files..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.model.training..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vaeexplorer.model.files..")
                .check(classes);
    }

    /**
     * Lessons may use every other part of the model; only the command line and the view models use lessons. The
     * view shows what the view models hand it: a lesson's summary, picture and notes, values that read no file.
     */
    @Test
    void onlyTheCommandLineAndTheViewModelsUseLessons() {
        noClasses().that().resideOutsideOfPackages("org.vaeexplorer.model.lessons..", "org.vaeexplorer.cli..",
                        "org.vaeexplorer.viewmodel..", "org.vaeexplorer.view..")
                .should().dependOnClassesThat().resideInAPackage("org.vaeexplorer.model.lessons..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.view..")
                .should().dependOnClassesThat(resideInAPackage("org.vaeexplorer.model.lessons..")
                        .and(not(simpleName("LessonSummary"))).and(not(simpleName("LessonPreview")))
                        .and(not(simpleName("LessonNotes"))))
                .check(classes);
    }

    @Test
    void cliUsesOnlyTheModel() {
        noClasses().that().resideInAPackage("org.vaeexplorer.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.vaeexplorer.viewmodel..",
                        "org.vaeexplorer.view..")
                .check(classes);
    }

    @Test
    void viewModelsAreTestableWithoutAScreen() {
        noClasses().that().resideInAPackage("org.vaeexplorer.viewmodel..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "org.controlsfx..",
                        "org.vaeexplorer.view..", "org.vaeexplorer.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.vaeexplorer.viewmodel..").should()
                .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }

    /** The window and the headless render command are the two owners of a whole session's view models. */
    @Test
    void onlyTheMainWindowKnowsTheMainViewModel() {
        noClasses().that().resideInAPackage("org.vaeexplorer.view..")
                .and().doNotHaveSimpleName("MainView").and().doNotHaveSimpleName("VaeExplorerApp")
                .and().doNotHaveSimpleName("RenderCommand")
                .should().dependOnClassesThat().haveSimpleName("MainViewModel")
                .check(classes);
    }

    @Test
    void eachPaneBindsOnlyItsOwnViewModel() {
        noClasses().that().haveSimpleName("LatentCanvas").or().haveSimpleName("DataViewCanvas")
                .or().haveSimpleName("ImagePanel").or().haveSimpleName("LatentView").or().haveSimpleName("DataView")
                .should().dependOnClassesThat().haveSimpleName("TrainingViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("DataViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("SettingsViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("LossChartViewModel")
                .check(classes);
        noClasses().that().haveSimpleName("LossChartCanvas").or().haveSimpleName("LossView")
                .should().dependOnClassesThat().haveSimpleName("TrainingViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("ExplorationViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("DataViewModel")
                .check(classes);
        noClasses().that().haveSimpleName("DataBarView")
                .should().dependOnClassesThat().haveSimpleName("TrainingViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("ExplorationViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("SettingsViewModel")
                .check(classes);
        noClasses().that().haveSimpleName("SettingsView")
                .should().dependOnClassesThat().haveSimpleName("TrainingViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("ExplorationViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("DataViewModel")
                .check(classes);
        noClasses().that().haveSimpleName("TrainingBarView")
                .should().dependOnClassesThat().haveSimpleName("ExplorationViewModel")
                .orShould().dependOnClassesThat().haveSimpleName("DataViewModel")
                .check(classes);
    }

    @Test
    void textsDependOnNothingElseHere() {
        noClasses().that().resideInAPackage("org.vaeexplorer.text..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.vaeexplorer.model..", "org.vaeexplorer.viewmodel..",
                        "org.vaeexplorer.view..", "org.vaeexplorer.cli..")
                .check(classes);
    }

    @Test
    void viewDoesNotReachIntoTheCommandLine() {
        noClasses().that().resideInAPackage("org.vaeexplorer.view..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vaeexplorer.cli..")
                .check(classes);
    }

    /**
     * The launcher is the one way into the view from outside it: it starts the window, or hands {@code render} to
     * the view's {@code RenderCommand}, which draws with the window's panes headless. The command line stays free
     * of JavaFX ({@link #cliUsesOnlyTheModel}).
     */
    @Test
    void onlyTheLauncherEntersTheView() {
        noClasses().that().resideOutsideOfPackage("org.vaeexplorer.view..")
                .and().doNotHaveFullyQualifiedName("org.vaeexplorer.Main")
                .should().dependOnClassesThat().resideInAPackage("org.vaeexplorer.view..")
                .check(classes);
        noClasses().that().haveFullyQualifiedName("org.vaeexplorer.Main").should().dependOnClassesThat(
                resideInAPackage("org.vaeexplorer.view..").and(not(simpleName("VaeExplorerApp")))
                        .and(not(simpleName("RenderCommand"))))
                .check(classes);
    }
}
