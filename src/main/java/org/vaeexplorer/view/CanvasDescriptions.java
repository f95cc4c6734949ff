package org.vaeexplorer.view;

import java.util.Locale;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.ProbeSnapshot;

/** Sentences that tell a screen reader what a canvas shows, made only when one asks. */
final class CanvasDescriptions {
    private CanvasDescriptions() {
    }

    /** The data view: the data's name, rows and axes, and where the probe decodes to. */
    static String data(DataSnapshot data, ProbeSnapshot probe) {
        if (data == null) {
            return Texts.get("presenter.access.dataEmpty");
        }
        Dataset d = data.data();
        String text = Texts.get("presenter.access.data", d.name(), d.rows(),
                data.principalComponents() ? "PC1" : d.featureNames().get(0),
                data.principalComponents() ? "PC2" : d.cols() > 1 ? d.featureNames().get(1) : "");
        return probe == null ? text : text + Texts.get("presenter.access.dataProbe", brief(probe.planeX()),
                brief(probe.planeY()));
    }

    /** A figure for a sentence: two decimals, a true minus sign. */
    static String brief(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '\u2212');
    }
}
