package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.training.EpochReport;

/** The history's CSV: held-out KL per dimension round trips, and histories written before it was kept still read. */
class HistoryCsvTest {
    @Test
    void heldOutKlPerDimensionRoundTripsAndMayBeAbsentPerEpoch() throws Exception {
        List<EpochReport> history = List.of(
                new EpochReport(1, 0.5, 1, 1e-3, new ElboTerms(3, 1.5), new ElboTerms(3.5, 1.25),
                        new double[] {1.0, 0.5}, new double[] {0.75, 0.5}),
                new EpochReport(2, 0.5, 1, 1e-3, new ElboTerms(2.5, 1.5), null, new double[] {1.0, 0.5}, null));

        List<EpochReport> back = HistoryCsv.decode("h", HistoryCsv.encode(history));

        assertArrayEquals(new double[] {0.75, 0.5}, back.get(0).heldOutKlPerDimension(), 0);
        assertNull(back.get(1).heldOutKlPerDimension());
        assertArrayEquals(new double[] {1.0, 0.5}, back.get(1).klPerDimension(), 0);
    }

    @Test
    void aHistoryWithoutHeldOutKlPerDimensionStillReads() throws Exception {
        String older = "epoch,seconds,beta,learning_rate,train_reconstruction,train_kl,held_out_reconstruction,"
                + "held_out_kl,kl_1,kl_2\n1,0.5,1.0,0.001,3.0,1.5,3.5,1.25,1.0,0.5\n";

        List<EpochReport> back = HistoryCsv.decode("h", older.getBytes(StandardCharsets.US_ASCII));

        assertEquals(1, back.size());
        assertArrayEquals(new double[] {1.0, 0.5}, back.get(0).klPerDimension(), 0);
        assertEquals(new ElboTerms(3.5, 1.25), back.get(0).heldOut());
        assertNull(back.get(0).heldOutKlPerDimension(), "not known");
    }

    @Test
    void heldOutKlPerDimensionWithoutHeldOutFiguresIsRefused() {
        String bad = "epoch,seconds,beta,learning_rate,train_reconstruction,train_kl,held_out_reconstruction,"
                + "held_out_kl,kl_1,held_out_kl_1\n1,0.5,1.0,0.001,3.0,1.5,,,1.0,0.5\n";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> HistoryCsv.decode("h", bad.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
