package org.vaeexplorer.view;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.LossChartViewModel;
import org.vaeexplorer.viewmodel.LossChartViewModel.Series;

/**
 * Loss per epoch: −ELBO, reconstruction and KL on the training and held-out sets, each shown or hidden, on a linear
 * or log scale. Long runs are thinned to about two points per pixel column, so thousands of epochs draw fast.
 * Hovering shows the epoch's figures.
 */
public final class LossChartCanvas extends LayeredCanvasPane {
    private static final double LEFT = 64;
    private static final double BOTTOM = 26;
    private LossChartViewModel chart;
    private double hoverX = -1;
    /** The plot's geometry as last drawn, for the hover layer; {@code null} when no curve is drawn. */
    private PlotScale plotted;
    private final Line hoverLine = new Line();
    private final Rectangle hoverBox = new Rectangle();
    private final Text hoverText = new Text();

    public LossChartCanvas() {
        // Four redraws a second keep the curves live; each is a whole canvas for the renderer (docs/decisions/0006).
        super(false, 250_000_000L);
        hoverLine.getStyleClass().add("vae-hover-line");
        hoverBox.getStyleClass().add("vae-hover-box");
        hoverText.getStyleClass().add("vae-hover-text");
        hoverText.setTextOrigin(javafx.geometry.VPos.TOP);
        hoverText.setLineSpacing(3);
        overlay.getChildren().addAll(hoverLine, hoverBox, hoverText);
        base.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hoverX = e.getX();
            markOverlayDirty();
        });
        base.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = -1;
            markOverlayDirty();
        });
    }

    public void bind(LossChartViewModel viewModel) {
        chart = viewModel;
        chart.reports().addListener((ListChangeListener<EpochReport>) c -> markDirty());
        chart.logScaleProperty().addListener((obs, was, now) -> markDirty());
        chart.stackedProperty().addListener((obs, was, now) -> markDirty());
        chart.markedEpochProperty().addListener((obs, was, now) -> markDirty());
        for (Series s : Series.values()) {
            chart.shownProperty(s).addListener((obs, was, now) -> markDirty());
        }
    }

    /** The style class that gives a control a series' colour (its term's): main.css's {@code -vae-series-…}. */
    static String seriesStyleClass(Series s) {
        return switch (s.term()) {
            case TOTAL -> "vae-series-total";
            case RECONSTRUCTION -> "vae-series-reconstruction";
            case KL -> "vae-series-kl";
        };
    }

    /** The colour the chart draws {@code s} in, in the theme now used. */
    Color color(Series s) {
        return colours.get(switch (s.term()) {
            case TOTAL -> CanvasColours.Role.SERIES_TOTAL;
            case RECONSTRUCTION -> CanvasColours.Role.SERIES_RECONSTRUCTION;
            case KL -> CanvasColours.Role.SERIES_KL;
        });
    }

    @Override
    protected String describe() {
        if (chart == null || chart.reports().isEmpty()) {
            return Texts.get("presenter.access.lossEmpty");
        }
        EpochReport last = chart.reports().get(chart.reports().size() - 1);
        return Texts.get("presenter.access.loss", last.epoch(),
                CanvasDescriptions.brief(last.train().negativeElbo()));
    }

    @Override
    protected void prepare(double width, double height) {
        plotted = null;
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = clearWithFont(g, width, height);
        draw(Pen.on(g), width, height, font);
    }

    /** The chart as SVG, drawn by the code that draws it on screen. */
    String svg() {
        double font = fontSize();
        SvgPen pen = new SvgPen(getWidth(), getHeight(), font);
        pen.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        pen.fillRect(0, 0, getWidth(), getHeight());
        draw(pen, getWidth(), getHeight(), font);
        return pen.document();
    }

    private void draw(Pen g, double width, double height, double font) {
        if (chart == null) {
            return;
        }
        List<EpochReport> reports = chart.reports();
        double plotW = width - left() - 10;
        double plotH = height - bottom() - 10;
        Color axis = colours.get(CanvasColours.Role.AXIS);
        if (reports.isEmpty() || plotW < 20 || plotH < 20) {
            g.setFill(axis);
            g.fillText(Texts.get("loss.hint"), left(), height / 2);
            return;
        }
        boolean log = chart.logScaleProperty().get();
        double[] range = chart.valueRange();
        double lo = transform(range[0], log);
        double hi = transform(range[1], log);
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int last = reports.get(reports.size() - 1).epoch();
        int first = reports.get(0).epoch();
        double span = Math.max(1, last - first);
        PlotScale scale = new PlotScale(left(), first, span, plotW, lo, hi, plotH, log);
        plotted = scale;

        g.setStroke(colours.get(CanvasColours.Role.GRID));
        g.setFill(axis);
        // About four labels, fewer only when they would be closer than 1.8 lines of text.
        double step = Axes.niceStep(hi - lo, (int) Math.max(2, Math.min(4, plotH / (font * 1.8))));
        for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
            double y = scale.yOfScaled(t);
            g.strokeLine(left(), y, left() + plotW, y);
            String label = log ? String.format(Locale.ROOT, "%.3g", inverse(t)) : Axes.format(t, step);
            g.fillText(label, 4, y + font * 0.35);
        }
        double epochStep = Math.max(1, Math.round(Axes.niceStep(span, (int) Math.max(2, plotW / (font * 6)))));
        for (double e = Math.ceil(first / epochStep) * epochStep; e <= last; e += epochStep) {
            double x = scale.x((int) e);
            g.strokeLine(x, 10, x, 10 + plotH);
            String label = Integer.toString((int) e);
            // Centred under its line, but never cut by the right edge.
            double half = label.length() * font * 0.3;
            g.fillText(label, Math.min(x, width - 2 - half) - half, height - 6);
        }
        g.fillText(Texts.get("loss.axis.epoch"), 4, height - 6);
        g.setStroke(axis);
        g.strokeRect(left(), 10, plotW, plotH);

        // About one point per pixel column: more cannot be seen, and each costs the renderer time.
        int stride = Math.max(1, (int) Math.ceil(reports.size() / plotW));
        if (chart.drawsStacked()) {
            drawStacked(g, reports, scale, stride);
        }
        int marked = chart.markedEpochProperty().get();
        if (marked >= first && marked <= last) {
            // The epoch the timeline shows: a line through the chart.
            g.setStroke(axis);
            g.setLineWidth(2 * stroke());
            g.strokeLine(scale.x(marked), 10, scale.x(marked), 10 + plotH);
            g.setLineWidth(stroke());
        }
        for (Series s : Series.values()) {
            if (!chart.shownProperty(s).get()) {
                continue;
            }
            g.setStroke(color(s));
            g.setLineWidth((s.heldOut() ? 2 : 1.6) * stroke());
            g.setLineDashes(s.heldOut() ? new double[] {7, 4} : null);
            double[] xs = new double[reports.size() / stride + 2];
            double[] ys = new double[xs.length];
            int count = 0;
            for (int i = 0; i < reports.size(); i += stride) {
                count = plotPoint(reports.get(i), s, scale, xs, ys, count);
            }
            if ((reports.size() - 1) % stride != 0) {
                count = plotPoint(reports.get(reports.size() - 1), s, scale, xs, ys, count);
            }
            g.strokePolyline(xs, ys, count);
            g.setLineDashes();
        }
        g.setLineWidth(stroke());
    }

    /** The training rows' reconstruction from zero, and their KL above it up to the −ELBO, as two filled bands. */
    private void drawStacked(Pen g, List<EpochReport> reports, PlotScale scale, int stride) {
        int n = (reports.size() + stride - 1) / stride + 1;
        double[] xs = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        int count = 0;
        for (int i = 0; i < reports.size(); i += stride) {
            count = bandPoint(reports.get(i), scale, xs, lower, upper, count);
        }
        if ((reports.size() - 1) % stride != 0) {
            count = bandPoint(reports.get(reports.size() - 1), scale, xs, lower, upper, count);
        }
        // The scale is linear when stacking, so its low end is a value.
        double zero = scale.y(Math.max(0, scale.scaledLow()));
        band(g, xs, lower, count, zero, colours.get(CanvasColours.Role.SERIES_RECONSTRUCTION));
        band(g, xs, upper, count, lower, colours.get(CanvasColours.Role.SERIES_KL));
    }

    private static int bandPoint(EpochReport r, PlotScale scale, double[] xs, double[] lower, double[] upper,
            int count) {
        xs[count] = scale.x(r.epoch());
        lower[count] = scale.y(r.train().reconstruction());
        upper[count] = scale.y(r.train().negativeElbo());
        return count + 1;
    }

    /** Fills between the curve {@code top} and a flat line at {@code bottom}. */
    private static void band(Pen g, double[] xs, double[] top, int count, double bottom, Color colour) {
        double[] flat = new double[count];
        java.util.Arrays.fill(flat, bottom);
        band(g, xs, top, count, flat, colour);
    }

    /** Fills between the curves {@code top} and {@code bottom}. */
    private static void band(Pen g, double[] xs, double[] top, int count, double[] bottom,
            Color colour) {
        double[] px = new double[2 * count];
        double[] py = new double[2 * count];
        for (int i = 0; i < count; i++) {
            px[i] = xs[i];
            py[i] = top[i];
            px[2 * count - 1 - i] = xs[i];
            py[2 * count - 1 - i] = bottom[i];
        }
        g.setFill(colour.deriveColor(0, 1, 1, 0.35));
        g.fillPolygon(px, py, 2 * count);
    }

    /** From an epoch and a loss to the pixel where the chart draws them. */
    private record PlotScale(double left, int firstEpoch, double epochSpan, double plotWidth, double scaledLow,
            double scaledHigh, double plotHeight, boolean log) {
        double x(int epoch) {
            return left + plotWidth * (epoch - firstEpoch) / epochSpan;
        }

        /** The epoch nearest to a pixel column. */
        int epochAt(double x) {
            return (int) Math.round(firstEpoch + (x - left) / plotWidth * epochSpan);
        }

        double y(double value) {
            return yOfScaled(transform(value, log));
        }

        /** For a value already on the axis's scale (its logarithm on a log scale). */
        double yOfScaled(double t) {
            return 10 + plotHeight * (1 - (t - scaledLow) / (scaledHigh - scaledLow));
        }
    }

    /** Adds the point of a series at an epoch; a value that is not finite is left out. */
    private static int plotPoint(EpochReport r, Series s, PlotScale scale, double[] xs, double[] ys, int count) {
        double v = LossChartViewModel.value(r, s);
        if (!Double.isFinite(v)) {
            return count;
        }
        xs[count] = scale.x(r.epoch());
        ys[count] = scale.y(v);
        return count + 1;
    }

    /** The hovered epoch's figures: a line and a box, nodes over the curves: moving the mouse repaints only them. */
    @Override
    protected void updateOverlay(double width, double height) {
        PlotScale scale = plotted;
        boolean shown = chart != null && !chart.reports().isEmpty() && scale != null && hoverX >= left()
                && hoverX <= left() + scale.plotWidth();
        hoverLine.setVisible(shown);
        hoverBox.setVisible(shown);
        hoverText.setVisible(shown);
        if (!shown) {
            return;
        }
        List<EpochReport> reports = chart.reports();
        int epoch = scale.epochAt(hoverX);
        int index = Math.max(0, Math.min(reports.size() - 1, epoch - scale.firstEpoch()));
        EpochReport r = reports.get(index);
        double x = scale.x(r.epoch());
        hoverLine.setStartX(x);
        hoverLine.setEndX(x);
        hoverLine.setStartY(10);
        hoverLine.setEndY(height - bottom());
        StringBuilder text = new StringBuilder(Texts.get("loss.hover.epoch", r.epoch()));
        for (Series s : Series.values()) {
            double v = LossChartViewModel.value(r, s);
            if (chart.shownProperty(s).get() && Double.isFinite(v)) {
                text.append('\n').append(s.label()).append(String.format(Locale.ROOT, ": %.3f", v));
            }
        }
        double font = fontSize();
        if (hoverText.getFont().getSize() != font) {
            hoverText.setFont(CjkFont.canvas(font));
        }
        hoverText.setText(text.toString());
        double boxW = hoverText.getLayoutBounds().getWidth() + 12;
        double boxH = hoverText.getLayoutBounds().getHeight() + 8;
        double bx = x + 10 + boxW > width ? x - 10 - boxW : x + 10;
        hoverBox.setX(bx);
        hoverBox.setY(14);
        hoverBox.setWidth(boxW);
        hoverBox.setHeight(boxH);
        hoverText.setX(bx + 6);
        hoverText.setY(18);
    }

    private static double transform(double v, boolean log) {
        return log ? Math.log10(Math.max(1e-6, v)) : v;
    }

    private static double inverse(double t) {
        return Math.pow(10, t);
    }

    /** The margin left of the plot for the value labels, scaled with the text. */
    private double left() {
        return LEFT * scale();
    }

    /** The margin under the plot for the epoch labels, scaled with the text. */
    private double bottom() {
        return BOTTOM * scale();
    }
}
