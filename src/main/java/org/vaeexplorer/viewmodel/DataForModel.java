package org.vaeexplorer.viewmodel;

import java.util.function.Function;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.lessons.LessonData;

/**
 * The data a saved model needs, chosen on the model thread from what the data pane showed when the model was
 * opened: a toy set is drawn with the typed points, noise and the current data seed when it is the chosen one, with
 * its defaults otherwise.
 */
record DataForModel(ExplorerSession session, DatasetChoice current, String pointsText, String noiseText, long seed,
        int imageSetPoints) {

    /** How to make the built-in data named {@code dataName}, or {@code null} when the current data is it. */
    LessonData.BuiltIn source(String dataName) {
        if (!DatasetCatalog.isBuiltIn(dataName) || (session.data() != null && session.data().name().equals(dataName))) {
            return null;
        }
        boolean sameToy = current != null && current.id().equals(dataName);
        int count = sameToy ? parseOr(pointsText, Integer::parseInt, imageSetPoints) : imageSetPoints;
        double spread = sameToy ? parseOr(noiseText, Double::parseDouble, Double.NaN) : Double.NaN;
        return new LessonData.BuiltIn(dataName, Math.max(2, count), spread, sameToy ? seed : 0);
    }

    private static <T> T parseOr(String text, Function<String, T> parse, T fallback) {
        try {
            return parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
