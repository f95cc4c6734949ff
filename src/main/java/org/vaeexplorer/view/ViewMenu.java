package org.vaeexplorer.view;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DisplayViewModel;

/**
 * The View menu's items for presenting (made in code, at the menu's top, so that other items such as the language
 * keep their place): presenter mode (F5) and its scale, full screen (F11), the panes, the theme and class shapes.
 */
final class ViewMenu {
    private ViewMenu() {
    }

    static void fill(Menu menu, DisplayViewModel display) {
        CheckMenuItem presenter = check("presenterItem", "presenter.menu.presenter", display.presenterProperty());
        presenter.setAccelerator(KeyCombination.valueOf("F5"));
        Menu scale = new Menu(Texts.get("presenter.menu.scale"));
        ToggleGroup scales = new ToggleGroup();
        for (double factor : DisplayViewModel.SCALES) {
            RadioMenuItem item = new RadioMenuItem(String.format(Locale.ROOT, "%s×", factor == 2 ? "2" : factor));
            item.setMnemonicParsing(false);
            item.setUserData(factor);
            item.setToggleGroup(scales);
            scale.getItems().add(item);
        }
        choose(scales, display.presenterScaleProperty().get());
        scales.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                display.presenterScaleProperty().set((Double) now.getUserData());
            }
        });
        display.presenterScaleProperty().addListener((obs, was, now) -> choose(scales, now));
        CheckMenuItem fullScreen = check("fullScreenItem", "presenter.menu.fullScreen",
                display.fullScreenProperty());
        fullScreen.setAccelerator(KeyCombination.valueOf("F11"));
        Menu panes = new Menu(Texts.get("presenter.menu.panes"));
        panes.getItems().addAll(
                check("settingsPaneItem", "presenter.menu.settingsPane", display.settingsPaneProperty()),
                check("notesPaneItem", "presenter.menu.notesPane", display.notesPaneProperty()),
                check("chartsPaneItem", "presenter.menu.chartsPane", display.chartsPaneProperty()));
        Menu theme = new Menu(Texts.get("presenter.menu.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (DisplayViewModel.Theme t : DisplayViewModel.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get("presenter.theme." + t.name().toLowerCase(Locale.ROOT)));
            item.setId("theme" + t.name());
            item.setUserData(t);
            item.setToggleGroup(themes);
            theme.getItems().add(item);
        }
        choose(themes, display.themeProperty().get());
        themes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                display.themeProperty().set((DisplayViewModel.Theme) now.getUserData());
            }
        });
        display.themeProperty().addListener((obs, was, now) -> choose(themes, now));
        CheckMenuItem shapes = check("classShapesItem", "presenter.menu.classShapes", display.classShapesProperty());
        ObservableList<MenuItem> items = menu.getItems();
        items.addAll(0, java.util.List.of(presenter, scale, fullScreen, new SeparatorMenuItem(), panes, theme, shapes));
        if (items.size() > 7) {
            items.add(7, new SeparatorMenuItem());
        }
    }

    private static CheckMenuItem check(String id, String key, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(Texts.get(key));
        item.setId(id);
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    /** Selects the toggle whose user data is {@code value}. */
    private static void choose(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData().equals(value)) {
                group.selectToggle(toggle);
            }
        }
    }
}
