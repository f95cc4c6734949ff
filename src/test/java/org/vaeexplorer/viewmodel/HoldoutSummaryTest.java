package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.HoldoutFrom;

/** The settings pane says which rows the settings hold out of the data loaded, as training will hold them out. */
class HoldoutSummaryTest {
    /** 178 rows sorted by class as the UCI wine table is (59, 71 and 48 rows), one feature. */
    private static Dataset wineShaped() {
        int[] labels = IntStream.concat(IntStream.concat(IntStream.generate(() -> 0).limit(59),
                IntStream.generate(() -> 1).limit(71)), IntStream.generate(() -> 2).limit(48)).toArray();
        float[] values = new float[178];
        for (int r = 0; r < 178; r++) {
            values[r] = r % 7;
        }
        return new Dataset("wine", 178, 1, values, labels, List.of("cultivar 1", "cultivar 2", "cultivar 3"),
                List.of("alcohol"), null);
    }

    @Test
    void theFormStatesTheSplitAndItsChoiceReachesTheConfiguration() {
        SimpleObjectProperty<DataSnapshot> data = new SimpleObjectProperty<>();
        SettingsViewModel settings = new SettingsViewModel(data);
        assertEquals("", settings.holdoutSummaryProperty().get(), "no data, nothing to say");

        data.set(new DataSnapshot(wineShaped(), new float[2 * 178], false));

        assertEquals(HoldoutFrom.RANDOM, settings.holdoutFromProperty().get(), "random by default");
        assertEquals("held out: 17 of 178 rows, random, stratified by label (seed 1)",
                settings.holdoutSummaryProperty().get());
        settings.field("seed").textProperty().set("5");
        settings.holdoutFromProperty().set(HoldoutFrom.END);
        assertEquals("held out: the last 17 of 178 rows", settings.holdoutSummaryProperty().get());
        assertNotNull(settings.configProperty().get());
        assertEquals(HoldoutFrom.END, settings.configProperty().get().holdoutFrom());
        assertEquals("end", settings.texts().get("holdout-from"));

        settings.restoreTexts(Map.of("holdout-from", "random"));
        assertEquals("held out: 17 of 178 rows, random, stratified by label (seed 5)",
                settings.holdoutSummaryProperty().get());
        settings.field("holdout").textProperty().set("0");
        assertEquals("held out: none of 178 rows", settings.holdoutSummaryProperty().get());
        settings.field("holdout").textProperty().set("x");
        assertEquals("", settings.holdoutSummaryProperty().get(), "nothing said of settings with a problem");
    }
}
