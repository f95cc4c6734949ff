package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The soak benchmark prints the first and last tenth's memory and epoch time, and drifts that follow from them. */
class SoakBenchTest {

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE+]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aShortSoakReportsDriftsOfItsTenths() {
        CliRun run = CliRun.of("bench", "--soak", "30", "--threads", "1");
        assertEquals(0, run.status(), run.err());
        String json = run.out();
        assertEquals(30, number(json, "epochs"));
        assertEquals(3, number(json, "tenth"));
        double first = number(json, "first_tenth_epoch_ms");
        double last = number(json, "last_tenth_epoch_ms");
        assertTrue(first > 0 && last > 0, json);
        // Printed to six significant figures: the drift agrees with the two times to within their rounding.
        assertEquals(100 * (last / first - 1), number(json, "epoch_time_drift_percent"), 0.01);
        double firstCpu = number(json, "first_tenth_epoch_cpu_ms");
        double lastCpu = number(json, "last_tenth_epoch_cpu_ms");
        // One thread's CPU time cannot exceed the wall time it ran in; the CPU span also holds the report's own
        // reading of /proc between epochs (the first ones loading its classes): 10 % and 1 ms per epoch.
        assertTrue(firstCpu > 0 && firstCpu <= first * 1.1 + 1 && lastCpu > 0 && lastCpu <= last * 1.1 + 1, json);
        assertEquals(100 * (lastCpu / firstCpu - 1), number(json, "epoch_cpu_drift_percent"), 0.01);
        double mb = number(json, "first_tenth_resident_mb");
        assertTrue(mb > 1 && number(json, "peak_resident_mb") >= mb, json);
        assertTrue(Double.isFinite(number(json, "test_neg_elbo")), "the preset holds rows out: " + json);

        CliRun.of("bench", "--soak", "5").assertOneLineError("at least 10 epochs");
        CliRun.of("bench", "--soak", "20", "--soak-preset", "moons").assertOneLineError("two-gaussians or mnist");
    }
}
