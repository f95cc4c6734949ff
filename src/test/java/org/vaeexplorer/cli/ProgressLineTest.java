package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines: one per whole percent at most, none before the interval has passed. */
class ProgressLineTest {

    private static List<String> lines(long interval, double... fractions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), "eval", interval);
        for (double f : fractions) {
            line.accept(f);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void eachWholePercentIsToldOnce() {
        assertEquals(List.of("eval: 0 % done", "eval: 50 % done", "eval: 100 % done"),
                lines(0, 0.001, 0.002, 0.5, 0.505, 1.0));
    }

    @Test
    void aShortRunSaysNothing() {
        assertEquals(List.of(), lines(60_000_000_000L, 0.1, 0.5, 1.0));
    }
}
