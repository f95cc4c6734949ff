package org.vaeexplorer.view;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.model.lessons.LessonSummary;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.StartPageViewModel;

/**
 * The start page ({@code StartPageView.fxml}): a card per bundled lesson — its picture, name, one-line description,
 * data and epochs — a button that opens the lesson when clicked or pressed (Enter), and a way into the explorer
 * without a lesson.
 */
public final class StartPageView {
    static final double PICTURE_WIDTH = 250;
    static final double PICTURE_HEIGHT = 165;
    @FXML private Label listingLabel;
    @FXML private FlowPane cardBox;
    @FXML private Button exploreButton;
    private StartPageViewModel vm;
    private Consumer<Path> opener;
    private Runnable explore;
    /** Opens an empty drawing, or {@code null} before it is offered. */
    private Runnable drawOwn;
    /** The cards' descriptions are in the notes' default language. */
    private final String language = NotesView.defaultLanguage();

    /**
     * @param vm      the start page's view model (its lessons)
     * @param opener  opens a lesson file (the lesson view model's {@code open} in the app)
     * @param explore shows the explorer without a lesson
     */
    public void bind(StartPageViewModel vm, Consumer<Path> opener, Runnable explore) {
        this.vm = vm;
        this.opener = opener;
        this.explore = explore;
        listingLabel.visibleProperty().bind(vm.listingProperty());
        listingLabel.managedProperty().bind(vm.listingProperty());
        vm.lessons().addListener((ListChangeListener<LessonSummary>) change -> showCards());
        showCards();
    }

    /** Adds a last card, "Draw your own data", that runs {@code action} (an empty drawing). */
    void offerDrawing(Runnable action) {
        drawOwn = action;
        showCards();
    }

    /** Puts the keyboard on the first card (or on "Explore" when there is none), for a teacher without a mouse. */
    void focusFirst() {
        (cardBox.getChildren().isEmpty() ? exploreButton : cardBox.getChildren().get(0)).requestFocus();
    }

    private void showCards() {
        cardBox.getChildren().setAll(vm.lessons().stream().map(this::card).toList());
        if (drawOwn != null) {
            Button card = card(Texts.get("draw.card.title"), DrawingPicture.of(PICTURE_WIDTH, PICTURE_HEIGHT),
                    Texts.get("draw.card.text"), "");
            card.setId("drawOwnCard");
            card.setOnAction(e -> drawOwn.run());
            cardBox.getChildren().add(card);
        }
    }

    private Button card(LessonSummary lesson) {
        Button card = card(lesson.shownName(), new LessonPicture(lesson.preview(), PICTURE_WIDTH, PICTURE_HEIGHT),
                lesson.description(language), lesson.epochs() > 0
                ? Texts.get("start.facts", lesson.dataset(), lesson.epochs()) : lesson.dataset());
        String file = lesson.file().getFileName().toString();
        // An id is a CSS selector: a file name's dots and spaces would break it.
        card.setId("lesson-" + file.substring(0, file.lastIndexOf('.'))
                .replaceAll("[^A-Za-z0-9_-]", "_"));
        card.setOnAction(e -> opener.accept(lesson.file()));
        return card;
    }

    /** A card: a picture, a name, a description and facts (data, epochs). */
    private static Button card(String title, javafx.scene.Node picture, String text, String factsText) {
        Label name = new Label(title);
        name.getStyleClass().add("lesson-card-name");
        Label description = new Label(text);
        description.getStyleClass().add("lesson-card-description");
        Label facts = new Label(factsText);
        facts.getStyleClass().add("lesson-card-facts");
        for (Label label : new Label[] {name, description, facts}) {
            label.setWrapText(true);
            label.setMnemonicParsing(false);
            // A fixed width, so that a wrapped label asks for the height of its lines at that width.
            label.setPrefWidth(PICTURE_WIDTH);
            label.setMaxWidth(PICTURE_WIDTH);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(8, picture, name, description, facts) {
            // A card is as wide as its picture: a button asks its graphic's height for widths near zero, at which
            // the wrapped labels would stand one word to a line.
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(PICTURE_WIDTH);
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            public Orientation getContentBias() {
                return null;
            }
        };
        Button card = new Button(title, content);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMnemonicParsing(false);
        card.getStyleClass().add("lesson-card");
        return card;
    }

    @FXML
    void onExplore() {
        explore.run();
    }
}
