package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.vaeexplorer.model.Dataset;
import org.vaeexplorer.model.ImageShape;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.PriorSampleSnapshot;
import org.vaeexplorer.viewmodel.ProbeSnapshot;

/**
 * For image data: the probe's decoding shown large beside the real examples whose codes lie nearest, the selected
 * example beside its reconstruction, and a sheet of prior samples.
 */
public final class ImagePanel extends LayeredCanvasPane {
    private MainViewModel vm;
    private PriorSampleSnapshot sheetSource;
    private WritableImage sheet;
    private WritableImage probeImage;
    /** Pictures of real examples by row, at most {@link #EXAMPLES_KEPT}, the least recently drawn dropped first. */
    private final java.util.Map<Integer, WritableImage> examples = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Integer, WritableImage> eldest) {
            return size() > EXAMPLES_KEPT;
        }
    };
    private static final int EXAMPLES_KEPT = 256;
    private Dataset examplesOf;
    private int sheetColumns;

    public void bind(MainViewModel viewModel) {
        vm = viewModel;
        vm.probeProperty().addListener((obs, was, now) -> markDirty());
        vm.selectionProperty().addListener((obs, was, now) -> markDirty());
        vm.priorSamplesProperty().addListener((obs, was, now) -> markDirty());
        vm.dataProperty().addListener((obs, was, now) -> markDirty());
    }

    @Override
    protected void prepare(double width, double height) {
        // Nothing to size: the panel lays itself out as it draws.
    }

    @Override
    protected void drawOverlay(GraphicsContext g, double width, double height) {
        // One layer is enough: everything here changes with the probe.
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        DataSnapshot data = vm == null ? null : vm.dataProperty().get();
        if (data == null || data.data().imageShape() == null) {
            return;
        }
        Dataset d = data.data();
        ImageShape shape = d.imageShape();
        double font = Math.max(11, Font.getDefault().getSize());
        g.setFont(Font.font(font));
        g.setImageSmoothing(false);
        // With prior samples to show, the probe's picture leaves the lower half of the panel to their sheet.
        boolean sheetShown = vm.priorSamplesProperty().get() != null;
        double big = Math.min((sheetShown ? height * 0.45 : height) - 2 * font - 10, width * 0.32);
        ProbeSnapshot probe = vm.probeProperty().get();
        g.setFill(Color.BLACK);
        g.fillText("Decoded at the probe", 8, font + 2);
        double top = font + 8;
        double blockBottom = top + big;
        if (probe != null) {
            probeImage = Images.into(probeImage, probe.decoded(), 0, shape);
            g.drawImage(probeImage, 8, top, big, big);
            g.setStroke(Palette.PROBE);
            g.setLineWidth(2);
            g.strokeRect(8, top, big, big);
            g.setLineWidth(1);
            g.setStroke(Palette.GRID.darker());
            // Beside the probe's picture, and never over its title.
            double x0 = Math.max(big + 24, 8 + 12.5 * font);
            double small = Math.min(big / 2 - 4, (width - x0) / 3 - 6);
            g.setFill(Color.BLACK);
            g.fillText("Nearest real examples", x0, font + 2);
            for (int i = 0; i < probe.nearestRows().length; i++) {
                int row = probe.nearestRows()[i];
                double x = x0 + (i % 3) * (small + 6);
                double y = top + (i / 3) * (small + font + 8);
                g.drawImage(image(d, row), x, y, small, small);
                g.strokeRect(x, y, small, small);
                if (d.hasLabels()) {
                    g.fillText(d.classNames().get(d.label(row)), x, y + small + font);
                }
                blockBottom = Math.max(blockBottom, y + small + font + 4);
            }
        } else {
            g.setFill(Palette.AXIS);
            g.fillText("Train, then drag the red probe on the latent canvas.", 8, top + font);
        }
        double y = blockBottom + 10;
        ProbeSnapshot selection = vm.selectionProperty().get();
        int row = vm.selectedRowProperty().get();
        double small = Math.min(height - y - font - 8, big / 2);
        if (row >= 0 && small > 16 && !sheetShown) {
            g.setFill(Color.BLACK);
            g.fillText("Selected", 8, y + font);
            g.drawImage(image(d, row), 8, y + font + 4, small, small);
            if (selection != null) {
                g.fillText("Reconstruction", small + 20, y + font);
                g.drawImage(Images.single(selection.decoded(), 0, shape), small + 20, y + font + 4, small, small);
            }
            y += small + font + 12;
        }
        drawPriorSheet(g, vm.priorSamplesProperty().get(), shape, y, width, height, font);
    }

    /** A real example's picture, kept while the dataset stays: the nearest examples recur as the probe moves. */
    private WritableImage image(Dataset d, int row) {
        if (d != examplesOf) {
            examples.clear();
            examplesOf = d;
        }
        return examples.computeIfAbsent(row, r -> Images.single(d.copyRows(r, r + 1), 0, d.imageShape()));
    }

    private void drawPriorSheet(GraphicsContext g, PriorSampleSnapshot samples, ImageShape shape, double top,
            double width, double height, double font) {
        if (samples == null || height - top < 3 * font) {
            return;
        }
        g.setFill(Color.BLACK);
        g.fillText("Samples from the prior", 8, top + font);
        int columns = (int) Math.ceil(Math.sqrt(samples.count() * (width / Math.max(1, height - top))));
        columns = Math.max(1, Math.min(samples.count(), columns));
        int rows = (samples.count() + columns - 1) / columns;
        if (samples != sheetSource || columns != sheetColumns) {
            // One picture for the whole sheet, rebuilt only when the samples or the layout change.
            sheet = new WritableImage(columns * shape.width(), rows * shape.height());
            for (int i = 0; i < samples.count(); i++) {
                WritableImage one = Images.single(samples.decoded(), i * shape.pixels(), shape);
                sheet.getPixelWriter().setPixels((i % columns) * shape.width(), (i / columns) * shape.height(),
                        shape.width(), shape.height(), one.getPixelReader(), 0, 0);
            }
            sheetSource = samples;
            sheetColumns = columns;
        }
        double cell = Math.min((width - 16) / columns, (height - top - font - 10) / rows);
        g.drawImage(sheet, 8, top + font + 6, cell * columns, cell * rows);
    }
}
