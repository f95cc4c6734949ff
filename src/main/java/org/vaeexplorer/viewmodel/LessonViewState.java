package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import org.vaeexplorer.model.lessons.Lesson;

/**
 * What a lesson keeps of the window's view, as the key-value pairs of {@link Lesson#view()}: the probe, the shown
 * latent dimensions and every dimension's slider, the selected row, the colouring feature, the manifold, the
 * decoder's noise, the reconstructions, the prior sample count, the visible latent rectangle, the loss chart's
 * series and scale, and a pinned interpolation.
 * Values that do not fit the current model are skipped, so that a lesson edited by hand still opens.
 */
final class LessonViewState {
    static final String PROBE = "probe";
    static final String DIMENSIONS = "latent.dimensions";
    static final String VALUES = "latent.values";
    static final String AREA = "latent.area";
    static final String SELECTED_ROW = "selection.row";
    static final String COLOUR_FEATURE = "colour.feature";
    static final String MANIFOLD = "manifold.shown";
    static final String NOISE = "noise.shown";
    static final String RECONSTRUCTIONS = "reconstructions.shown";
    static final String PRIOR_COUNT = "prior.count";
    static final String CHART_SERIES = "chart.series";
    static final String CHART_LOG = "chart.log";
    static final String CHART_STACKED = "chart.stacked";
    static final String PATH_START = "interpolation.start";
    static final String PATH_END = "interpolation.end";
    static final String PATH_SPHERICAL = "interpolation.spherical";
    /** Larger numbers in a view are refused: no latent space the app draws reaches them. */
    private static final double MAX_MAGNITUDE = 1e6;

    private LessonViewState() {
    }

    /** On the UI thread. */
    static Map<String, String> capture(ExplorationViewModel exploration, LossChartViewModel chart) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put(PROBE, numbers(List.of(exploration.probeXProperty().get(), exploration.probeYProperty().get())));
        view.put(DIMENSIONS, exploration.dimensionXProperty().get() + "," + exploration.dimensionYProperty().get());
        view.put(VALUES, numbers(exploration.dimensionValuesProperty().get().stream().map(DoubleProperty::get)
                .toList()));
        ExplorationViewModel.LatentArea a = exploration.visibleArea();
        view.put(AREA, numbers(List.of(a.xMin(), a.xMax(), a.yMin(), a.yMax())));
        view.put(SELECTED_ROW, Integer.toString(exploration.selectedRowProperty().get()));
        view.put(COLOUR_FEATURE, Integer.toString(exploration.colourFeatureProperty().get()));
        view.put(MANIFOLD, Boolean.toString(exploration.manifoldShownProperty().get()));
        view.put(NOISE, Boolean.toString(exploration.observationNoiseProperty().get()));
        view.put(RECONSTRUCTIONS, Boolean.toString(exploration.reconstructions().shownProperty().get()));
        view.put(PRIOR_COUNT, exploration.priorSampleCountProperty().get().strip());
        List<String> shown = new ArrayList<>();
        for (LossChartViewModel.Series s : LossChartViewModel.Series.values()) {
            if (chart.shownProperty(s).get()) {
                shown.add(s.name().toLowerCase(Locale.ROOT));
            }
        }
        view.put(CHART_SERIES, String.join(",", shown));
        view.put(CHART_LOG, Boolean.toString(chart.logScaleProperty().get()));
        view.put(CHART_STACKED, Boolean.toString(chart.stackedProperty().get()));
        InterpolationViewModel path = exploration.interpolation();
        if (path.startProperty().get() != null && path.endProperty().get() != null) {
            view.put(PATH_START, numbers(floats(path.startProperty().get())));
            view.put(PATH_END, numbers(floats(path.endProperty().get())));
        }
        view.put(PATH_SPHERICAL, Boolean.toString(path.sphericalProperty().get()));
        return view;
    }

    /**
     * On the UI thread, once the lesson's model is current (its dimensions exist). Keys it lacks leave their view
     * as it is.
     *
     * @param rows the data's rows, which bound the selected row
     * @param cols the data's features, which bound the colouring feature
     */
    static void restore(Map<String, String> view, ExplorationViewModel exploration, LossChartViewModel chart,
            int rows, int cols) {
        int latent = exploration.dimensionValuesProperty().get().size();
        double[] dims = numbers(view.get(DIMENSIONS), 2);
        if (dims != null && inRange(dims[0], latent) && inRange(dims[1], latent)) {
            exploration.dimensionXProperty().set((int) dims[0]);
            exploration.dimensionYProperty().set((int) dims[1]);
        }
        double[] values = numbers(view.get(VALUES), latent);
        if (values != null) {
            for (int k = 0; k < latent; k++) {
                exploration.dimensionValuesProperty().get().get(k).set(values[k]);
            }
        }
        double[] probe = numbers(view.get(PROBE), 2);
        if (probe != null) {
            exploration.probeXProperty().set(probe[0]);
            exploration.probeYProperty().set(probe[1]);
        }
        double[] area = numbers(view.get(AREA), 4);
        if (area != null && area[1] > area[0] && area[3] > area[2]) {
            exploration.showArea(new ExplorationViewModel.LatentArea(area[0], area[1], area[2], area[3]));
        }
        double[] feature = numbers(view.get(COLOUR_FEATURE), 1);
        if (feature != null && inRange(feature[0], cols)) {
            exploration.colourFeatureProperty().set((int) feature[0]);
        }
        if (view.containsKey(MANIFOLD)) {
            exploration.manifoldShownProperty().set(Boolean.parseBoolean(view.get(MANIFOLD)));
        }
        if (view.containsKey(RECONSTRUCTIONS)) {
            exploration.reconstructions().shownProperty().set(Boolean.parseBoolean(view.get(RECONSTRUCTIONS)));
        }
        if (view.containsKey(NOISE)) {
            exploration.observationNoiseProperty().set(Boolean.parseBoolean(view.get(NOISE)));
        }
        if (view.containsKey(PRIOR_COUNT)) {
            exploration.priorSampleCountProperty().set(view.get(PRIOR_COUNT));
        }
        double[] row = numbers(view.get(SELECTED_ROW), 1);
        if (row != null && row[0] >= -1 && row[0] < rows && row[0] == Math.rint(row[0])) {
            exploration.selectedRowProperty().set((int) row[0]);
        }
        if (view.containsKey(CHART_SERIES)) {
            List<String> shown = List.of(view.get(CHART_SERIES).split(","));
            for (LossChartViewModel.Series s : LossChartViewModel.Series.values()) {
                chart.shownProperty(s).set(shown.contains(s.name().toLowerCase(Locale.ROOT)));
            }
        }
        if (view.containsKey(CHART_LOG)) {
            chart.logScaleProperty().set(Boolean.parseBoolean(view.get(CHART_LOG)));
        }
        if (view.containsKey(CHART_STACKED)) {
            chart.stackedProperty().set(Boolean.parseBoolean(view.get(CHART_STACKED)));
        }
        InterpolationViewModel path = exploration.interpolation();
        if (view.containsKey(PATH_SPHERICAL)) {
            path.sphericalProperty().set(Boolean.parseBoolean(view.get(PATH_SPHERICAL)));
        }
        double[] start = numbers(view.get(PATH_START), latent);
        double[] end = numbers(view.get(PATH_END), latent);
        if (start != null && end != null) {
            path.pin(toFloats(start), toFloats(end));
        }
    }

    private static List<Double> floats(float[] values) {
        List<Double> list = new ArrayList<>();
        for (float v : values) {
            list.add((double) v);
        }
        return list;
    }

    private static float[] toFloats(double[] values) {
        float[] z = new float[values.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) values[k];
        }
        return z;
    }

    private static boolean inRange(double index, int size) {
        return index >= 0 && index < size && index == Math.rint(index);
    }

    private static String numbers(List<Double> values) {
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(Double.toString(v));
        }
        return String.join(",", texts);
    }

    /** Exactly {@code count} finite numbers separated by commas, or {@code null}. */
    private static double[] numbers(String text, int count) {
        if (text == null || count == 0) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            return null;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                return null;
            }
            if (!(Math.abs(values[i]) <= MAX_MAGNITUDE)) {
                return null;
            }
        }
        return values;
    }
}
