package org.vaeexplorer.view;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ExportViewModel;

/**
 * File ▸ Export and each pane's context menu: pictures (PNG at 1× or 2×, the clipboard, SVG where the pane has a
 * vector form), the loss history and latent codes as CSV, the latent space forming as an animated GIF.
 */
final class ExportMenus {
    /** A pane that can be exported: its name's text key, the file name's suffix, its node, its SVG or none. */
    record Pane(String key, String stem, Supplier<Node> node, SvgSource svg) {
    }

    /** A pane's vector picture, or {@code null} when it shows nothing yet. */
    interface SvgSource {
        String svg() throws java.io.IOException;
    }

    private final ExportViewModel export;
    private final MainView.FileDialogs dialogs;
    private final Parent root;
    private final Supplier<String> baseName;
    private final CheckMenuItem twice = new CheckMenuItem(Texts.get("export.twice"));
    private Runnable gif = () -> { };

    /**
     * @param root     the window's content, for the window's picture
     * @param baseName the lesson's or data's name, which suggested file names start with
     */
    ExportMenus(ExportViewModel export, MainView.FileDialogs dialogs, Parent root, Supplier<String> baseName) {
        this.export = export;
        this.dialogs = dialogs;
        this.root = root;
        this.baseName = baseName;
    }

    /** What File ▸ Export ▸ Latent space forming (GIF)… starts. */
    void gifWith(Runnable action) {
        gif = action;
    }

    /** Fills File ▸ Export; an item for a pane not on screen now is disabled each time the menu opens. */
    void fill(Menu menu, List<Pane> panes) {
        List<MenuItem> items = new ArrayList<>();
        List<Runnable> refresh = new ArrayList<>();
        for (Pane pane : panes) {
            MenuItem png = item("export.menu.png", () -> savePng(pane, scale()), Texts.get(pane.key()));
            png.setId("exportPng-" + pane.stem());
            refresh.add(() -> png.setDisable(!shows(pane.node().get())));
            items.add(png);
        }
        MenuItem window = item("export.menu.window", () -> savePicture("window", () ->
                PanePictures.window(root, scale())));
        items.add(window);
        twice.setId("exportTwice");
        MenuItem copyWindow = item("export.menu.copyWindow", () -> PanePictures.copy(PanePictures.window(root,
                scale())));
        copyWindow.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        items.addAll(List.of(twice, copyWindow, new SeparatorMenuItem()));
        for (Pane pane : panes) {
            if (pane.svg() != null) {
                MenuItem svg = item("export.menu.svg", () -> saveSvg(pane), Texts.get(pane.key()));
                svg.setId("exportSvg-" + pane.stem());
                refresh.add(() -> svg.setDisable(!shows(pane.node().get())));
                items.add(svg);
            }
        }
        MenuItem history = item("export.menu.history", this::saveHistory);
        MenuItem codes = item("export.menu.codes", this::saveCodes);
        MenuItem forming = item("export.menu.gif", () -> gif.run());
        refresh.add(() -> {
            history.setDisable(!export.hasHistory());
            codes.setDisable(!export.hasCodes());
            forming.setDisable(!export.hasCodes());
        });
        items.addAll(List.of(new SeparatorMenuItem(), history, codes, forming));
        menu.getItems().setAll(items);
        menu.setOnShowing(e -> refresh.forEach(Runnable::run));
    }

    /** The pane's context menu: its picture at 1× and 2×, to the clipboard, as SVG, and its table where it has one. */
    void attach(Pane pane, MenuItem... extra) {
        Node node = pane.node().get();
        List<MenuItem> items = new ArrayList<>(List.of(
                item("export.context.png", () -> savePng(pane, 1)),
                item("export.context.png2", () -> savePng(pane, 2)),
                item("export.context.copy", () -> PanePictures.copy(PanePictures.of(node, scale())))));
        if (pane.svg() != null) {
            items.add(item("export.context.svg", () -> saveSvg(pane)));
        }
        items.addAll(List.of(extra));
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        node.setOnContextMenuRequested(e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    MenuItem historyItem() {
        return item("export.menu.history", this::saveHistory);
    }

    MenuItem gifItem() {
        return item("export.menu.gif", () -> gif.run());
    }

    MenuItem codesItem() {
        return item("export.menu.codes", this::saveCodes);
    }

    private double scale() {
        return twice.isSelected() ? 2 : 1;
    }

    private void savePng(Pane pane, double scale) {
        savePicture(pane.stem(), () -> PanePictures.of(pane.node().get(), scale));
    }

    private void savePicture(String stem, Supplier<WritableImage> picture) {
        File file = choose(stem, ".png", "PNG", "*.png");
        if (file != null) {
            WritableImage image = picture.get();
            export.save(file.toPath(), out -> PanePictures.writePng(image, out));
        }
    }

    private void saveSvg(Pane pane) {
        File file = choose(pane.stem(), ".svg", "SVG", "*.svg");
        if (file != null) {
            String svg;
            try {
                svg = pane.svg().svg();
            } catch (java.io.IOException e) {
                export.notice(Texts.get("export.failed", e.getMessage()), true);
                return;
            }
            export.save(file.toPath(), out -> out.write(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private void saveHistory() {
        File file = choose("loss", ".csv", "CSV", "*.csv");
        if (file != null) {
            export.saveHistory(file.toPath());
        }
    }

    private void saveCodes() {
        File file = choose("latent-codes", ".csv", "CSV", "*.csv");
        if (file != null) {
            export.saveCodes(file.toPath());
        }
    }

    /** A save chooser suggesting "name-stem.ext". */
    File choose(String stem, String extension, String format, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("export.chooser", format));
        chooser.setInitialFileName(ExportViewModel.suggestedName(baseName.get(), "-" + stem + extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, pattern));
        return dialogs.save(chooser);
    }

    private static boolean shows(Node node) {
        if (node == null || node.getScene() == null || node.getLayoutBounds().getWidth() <= 0) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static MenuItem item(String key, Runnable action, Object... arguments) {
        MenuItem item = new MenuItem(Texts.get(key, arguments));
        item.setId(key);
        item.setOnAction(e -> action.run());
        return item;
    }
}
