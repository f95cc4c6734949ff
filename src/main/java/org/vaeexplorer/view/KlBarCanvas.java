package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.KlChartViewModel;
import org.vaeexplorer.viewmodel.KlChartViewModel.KlBars;

/**
 * KL per latent dimension as bars, in nats per example: the training rows' filled, the held-out rows' beside them in
 * outline; a collapsed dimension (under {@link KlChartViewModel#COLLAPSED_NATS} nats on the training rows) is drawn
 * in the grid's colour with a dashed outline.
 */
public final class KlBarCanvas extends LayeredCanvasPane {
    private static final double LEFT = 48;
    private static final double BOTTOM = 24;
    private KlChartViewModel kl;

    public KlBarCanvas() {
        super(false, 250_000_000L);
        setMinSize(120, 80);
    }

    public void bind(KlChartViewModel viewModel) {
        kl = viewModel;
        kl.barsProperty().addListener((obs, was, now) -> markDirty());
    }

    @Override
    protected String describe() {
        KlBars bars = kl == null ? null : kl.barsProperty().get();
        return bars == null ? Texts.get("presenter.access.klEmpty")
                : Texts.get("presenter.access.kl", bars.dimensions(), bars.dimensions() - bars.collapsedCount());
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = clearWithFont(g, width, height);
        KlBars bars = kl == null ? null : kl.barsProperty().get();
        Color axis = colours.get(CanvasColours.Role.AXIS);
        double plotW = width - left() - 8;
        double plotH = height - bottom() - 10;
        if (bars == null || plotW < 20 || plotH < 20) {
            g.setFill(axis);
            g.fillText(Texts.get("kl.hint"), 8, height / 2);
            return;
        }
        double[] values = bars.train();
        double[] heldOut = bars.heldOut();
        double top = KlChartViewModel.COLLAPSED_NATS * 10;
        for (int k = 0; k < values.length; k++) {
            top = Math.max(top, Math.max(values[k], heldOut == null ? 0 : heldOut[k]));
        }
        double step = Axes.niceStep(top, (int) Math.max(2, plotH / (font * 2.5)));
        top = Math.ceil(top / step) * step;
        g.setStroke(colours.get(CanvasColours.Role.GRID));
        g.setFill(axis);
        for (double t = 0; t <= top + step / 2; t += step) {
            double y = 10 + plotH * (1 - t / top);
            g.strokeLine(left(), y, left() + plotW, y);
            g.fillText(Axes.format(t, step), 4, y + font * 0.35);
        }
        int n = values.length;
        double slot = plotW / n;
        double barW = Math.max(1, slot * (heldOut == null ? 0.7 : 0.38));
        Color bar = colours.get(CanvasColours.Role.SERIES_KL);
        Color collapsed = colours.get(CanvasColours.Role.GRID);
        // Thin the labels out so that they do not overlap: "z12" takes about two and a half characters.
        int labelEvery = (int) Math.ceil(font * 2.2 / slot);
        for (int k = 0; k < n; k++) {
            double x = left() + k * slot + (slot - (heldOut == null ? barW : 2 * barW + 1)) / 2;
            double h = Math.max(1, plotH * values[k] / top);
            boolean dead = bars.collapsed(k);
            g.setFill(dead ? collapsed : bar);
            g.fillRect(x, 10 + plotH - h, barW, h);
            if (dead) {
                g.setStroke(axis);
                g.setLineDashes(3, 3);
                g.strokeRect(x, 10 + plotH - Math.max(h, 4), barW, Math.max(h, 4));
                g.setLineDashes();
            }
            if (heldOut != null) {
                double hh = Math.max(1, plotH * heldOut[k] / top);
                g.setStroke(dead ? axis : bar);
                g.setLineWidth(2 * stroke());
                g.strokeRect(x + barW + 1, 10 + plotH - hh, barW - 1, hh);
                g.setLineWidth(stroke());
            }
            if (k % labelEvery == 0) {
                g.setFill(axis);
                String label = Texts.get("latent.dimension", k + 1);
                double centre = left() + (k + 0.5) * slot;
                g.fillText(label, centre - label.length() * font * 0.3, height - 6);
            }
        }
        g.setStroke(axis);
        g.strokeRect(left(), 10, plotW, plotH);
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
