package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import java.util.Map;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.PriorSampleSnapshot;
import org.vaeexplorer.viewmodel.ProbeSnapshot;

/**
 * For image data: the probe's decoding shown large beside the real examples whose codes lie nearest, the selected
 * example beside its reconstruction, and a sheet of prior samples. Pictures are image nodes, not a canvas, so that a
 * probe move repaints only the pictures that changed. Updated at most once per pulse, by the window's
 * {@link RepaintScheduler}.
 */
public final class ImagePanel extends Region implements RepaintScheduler.Repaintable {
    private static final int EXAMPLES_KEPT = 256;
    private ExplorationViewModel vm;
    private ObservableObjectValue<DataSnapshot> currentData;
    private RepaintScheduler scheduler;
    private boolean dirty = true;
    /** The window's scale for texts (presenter mode; {@link CanvasLook}). */
    private final DoubleProperty scale = new SimpleDoubleProperty(1);

    private final Text probeTitle = text(Texts.get("image.probe.decoded"));
    private final Text hint = text(Texts.get("image.hint"));
    private final ImageView probeView = picture();
    private final Rectangle probeFrame = frame("vae-probe-frame");
    private WritableImage probeImage;
    private final Text examplesTitle = text(Texts.get("image.nearest"));
    /**
     * One group (picture, frame, caption) for each nearest row a probe snapshot can list, all inside one group: the
     * renderer repaints a parent whole once more than 12 of its children change in a frame, which the examples'
     * pictures and captions together would do on most probe moves.
     */
    private final Group examplesGroup = new Group();
    private final List<ExampleTile> exampleTiles = new ArrayList<>();

    private final Text selectedTitle = text(Texts.get("image.selected"));
    private final ImageView selectedView = picture();
    private final Text reconstructionTitle = text(Texts.get("image.reconstruction"));
    private final ImageView reconstructionView = picture();
    private ProbeSnapshot reconstructionSource;

    private final Text sheetTitle = text(Texts.get("image.samples"));
    private final ImageView sheetView = picture();
    private PriorSampleSnapshot sheetSource;
    private int sheetColumns;

    /** Pictures of real examples by row, at most {@link #EXAMPLES_KEPT}, the least recently shown dropped first. */
    private final Map<Integer, WritableImage> examples = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, WritableImage> eldest) {
            return size() > EXAMPLES_KEPT;
        }
    };
    private Dataset examplesOf;
    /** The nodes placed by the current update; the others are hidden. */
    private final java.util.Set<Node> shown = new java.util.HashSet<>();
    private Font textFont;
    /**
     * Keeps the panel's bounds its own: were a caption to reach past its edge, the panel's bounds would change with
     * the caption's text and every such change would repaint the whole panel.
     */
    private final Rectangle clip = new Rectangle();

    public ImagePanel() {
        hint.getStyleClass().add("vae-image-hint");
        getStyleClass().add("vae-image-panel");
        setMinSize(120, 100);
        setClip(clip);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Texts.get("presenter.access.images"));
        scale.addListener((obs, was, now) -> markDirty());
        sceneProperty().addListener((obs, was, now) -> {
            CanvasLook look = now == null ? null : CanvasLook.of(this);
            if (look != null) {
                scale.bind(look.scale);
            }
        });
        examplesGroup.setManaged(false);
        getChildren().addAll(probeTitle, hint, probeView, probeFrame, examplesTitle, examplesGroup, selectedTitle,
                selectedView,
                reconstructionTitle, reconstructionView, sheetTitle, sheetView);
        // Made with the window: made at the probe's first decoding, their first CSS and layout would stall a frame
        // as the first epoch ends.
        for (int i = 0; i < ProbeSnapshot.NEAREST_COUNT; i++) {
            addExampleTile();
        }
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
    }

    /** Updates on the pulses of the window's scheduler. */
    void paintWith(RepaintScheduler repaints) {
        scheduler = repaints;
        scheduler.requestRepaint(this);
    }

    private void markDirty() {
        dirty = true;
        if (scheduler != null) {
            scheduler.requestRepaint(this);
        }
    }

    @Override
    public boolean repaint(RepaintScheduler.Pulse pulse) {
        if (!dirty || getWidth() <= 0 || getHeight() <= 0) {
            return false;
        }
        // Its pictures count as a base layer: when the latent map's first picture and the probe's first decoding
        // arrive together, they are shown on successive pulses rather than both in one long pulse.
        if (!pulse.takeBaseLayer()) {
            return true;
        }
        dirty = false;
        update(getWidth(), getHeight());
        return false;
    }

    public void bind(ExplorationViewModel exploration, ObservableObjectValue<DataSnapshot> data) {
        vm = exploration;
        currentData = data;
        vm.probeProperty().addListener((obs, was, now) -> markDirty());
        vm.selectionProperty().addListener((obs, was, now) -> markDirty());
        vm.selectedRowProperty().addListener((obs, was, now) -> markDirty());
        vm.priorSamplesProperty().addListener((obs, was, now) -> markDirty());
        currentData.addListener((obs, was, now) -> markDirty());
    }

    @Override
    protected void layoutChildren() {
        // Children are placed by update(), on the next pulse after a change of size; the clip follows at once, or
        // the newly uncovered strip would show the container's dark frame colour for a frame.
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }

    private void update(double width, double height) {
        shown.clear();
        place(width, height);
        showPlaced(getChildren());
    }

    /** Each node's visibility set once: toggling it off and on again would repaint it for nothing. */
    private void showPlaced(List<Node> nodes) {
        for (Node n : nodes) {
            n.setVisible(shown.contains(n));
            if (n instanceof Group g) {
                showPlaced(g.getChildren());
            }
        }
    }

    private void place(double width, double height) {
        DataSnapshot data = vm == null ? null : currentData.get();
        if (data == null || data.data().imageShape() == null) {
            return;
        }
        Dataset d = data.data();
        ImageShape shape = d.imageShape();
        double font = Math.max(11, Font.getDefault().getSize()) * scale.get();
        if (textFont == null || textFont.getSize() != font) {
            textFont = CjkFont.canvas(font);
            for (Node n : getChildren()) {
                if (n instanceof Text t) {
                    t.setFont(textFont);
                }
            }
            for (ExampleTile tile : exampleTiles) {
                tile.caption().setFont(textFont);
            }
        }
        // With prior samples to show, the probe's picture leaves the lower half of the panel to their sheet.
        boolean sheetShown = vm.priorSamplesProperty().get() != null;
        double big = Math.max(1, Math.min((sheetShown ? height * 0.45 : height) - 2 * font - 10, width * 0.32));
        double top = font + 8;
        ProbeSnapshot probe = vm.probeProperty().get();
        boolean drawn = probe != null && probe.drawn() != null;
        probeTitle.setText(Texts.get(drawn ? "image.probe.drawn" : "image.probe.decoded"));
        place(probeTitle, 8, font + 2);
        double blockBottom = top + big;
        if (probe != null) {
            probeImage = Images.into(probeImage, drawn ? probe.drawn() : probe.decoded(), 0, shape);
            place(probeView, probeImage, 8, top, big, big);
            place(probeFrame, 8, top, big, big);
            // Beside the probe's picture, and never over its title.
            double x0 = Math.max(big + 24, 8 + 12.5 * font);
            double small = Math.max(1, Math.min(big / 2 - 4, (width - x0) / 3 - 6));
            place(examplesTitle, x0, font + 2);
            for (int i = 0; i < probe.nearestRows().length; i++) {
                int row = probe.nearestRows()[i];
                double x = x0 + (i % 3) * (small + 6);
                double y = top + (i / 3) * (small + font + 8);
                ExampleTile tile = exampleTiles.get(i);
                shown.add(examplesGroup);
                shown.add(tile.group());
                place(tile.view(), image(d, row), x, y, small, small);
                place(tile.frame(), x, y, small, small);
                if (d.hasLabels()) {
                    tile.caption().setText(d.classNames().get(d.label(row)));
                    place(tile.caption(), x, y + small + font);
                }
                blockBottom = Math.max(blockBottom, y + small + font + 4);
            }
        } else {
            place(hint, 8, top + font);
        }
        double y = blockBottom + 10;
        int row = vm.selectedRowProperty().get();
        double small = Math.min(height - y - font - 8, big / 2);
        if (row >= 0 && row < d.rows() && small > 16 && !sheetShown) {
            place(selectedTitle, 8, y + font);
            place(selectedView, image(d, row), 8, y + font + 4, small, small);
            ProbeSnapshot selection = vm.selectionProperty().get();
            if (selection != null) {
                if (selection != reconstructionSource) {
                    reconstructionView.setImage(Images.single(selection.decoded(), 0, shape));
                    reconstructionSource = selection;
                }
                place(reconstructionTitle, small + 20, y + font);
                place(reconstructionView, reconstructionView.getImage(), small + 20, y + font + 4, small, small);
            }
            y += small + font + 12;
        }
        placePriorSheet(vm.priorSamplesProperty().get(), shape, y, width, height, font);
    }

    private void placePriorSheet(PriorSampleSnapshot samples, ImageShape shape, double top, double width,
            double height, double font) {
        if (samples == null || height - top < 3 * font) {
            return;
        }
        sheetTitle.setText(Texts.get(samples.drawn() ? "image.samples.drawn" : "image.samples.means"));
        place(sheetTitle, 8, top + font);
        int columns = (int) Math.ceil(Math.sqrt(samples.count() * (width / Math.max(1, height - top))));
        columns = Math.max(1, Math.min(samples.count(), columns));
        int rows = (samples.count() + columns - 1) / columns;
        if (samples != sheetSource || columns != sheetColumns) {
            // One picture for the whole sheet, rebuilt only when the samples or the layout change.
            sheetView.setImage(Images.sheet(samples.decoded(), samples.count(), columns, shape));
            sheetSource = samples;
            sheetColumns = columns;
        }
        double cell = Math.max(0.1, Math.min((width - 16) / columns, (height - top - font - 10) / rows));
        place(sheetView, sheetView.getImage(), 8, top + font + 6, cell * columns, cell * rows);
    }

    /** A real example's picture, kept while the dataset stays: the nearest examples recur as the probe moves. */
    private WritableImage image(Dataset d, int row) {
        if (d != examplesOf) {
            examples.clear();
            examplesOf = d;
        }
        // Not computeIfAbsent: a lambda's first creation links it, a stall of the FX thread as training starts.
        WritableImage picture = examples.get(row);
        if (picture == null) {
            picture = Images.single(d.copyRows(row, row + 1), 0, d.imageShape());
            examples.put(row, picture);
        }
        return picture;
    }

    /** One nearest example's picture, frame and caption, in a group of their own. */
    private record ExampleTile(Group group, ImageView view, Rectangle frame, Text caption) {
    }

    private void addExampleTile() {
        ImageView view = picture();
        Rectangle frame = frame("vae-example-frame");
        Text caption = text("");
        Group group = new Group(view, frame, caption);
        exampleTiles.add(new ExampleTile(group, view, frame, caption));
        examplesGroup.getChildren().add(group);
    }

    private void place(Text text, double x, double baseline) {
        text.setX(x);
        text.setY(baseline);
        shown.add(text);
    }

    private void place(ImageView view, javafx.scene.image.Image image, double x, double y, double w, double h) {
        view.setImage(image);
        view.setX(x);
        view.setY(y);
        view.setFitWidth(w);
        view.setFitHeight(h);
        shown.add(view);
    }

    private void place(Rectangle frame, double x, double y, double w, double h) {
        frame.setX(x);
        frame.setY(y);
        frame.setWidth(w);
        frame.setHeight(h);
        shown.add(frame);
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.getStyleClass().add("vae-image-caption");
        text.setManaged(false);
        return text;
    }

    private static ImageView picture() {
        ImageView view = new ImageView();
        // Pixels stay square when enlarged: a 28×28 digit reads better sharp than blurred.
        view.setSmooth(false);
        view.setManaged(false);
        return view;
    }

    private static Rectangle frame(String styleClass) {
        Rectangle frame = new Rectangle();
        frame.setFill(null);
        Strokes.style(styleClass, frame);
        frame.setManaged(false);
        return frame;
    }
}
