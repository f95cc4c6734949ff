package org.vaeexplorer.model.lessons;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;

/**
 * The loss history as {@code history.csv}: one line per epoch with every field of its {@link EpochReport}, numbers
 * as Java writes doubles (so they read back bit for bit), the held-out fields empty when none were held out. The
 * held-out KL per dimension ({@code held_out_kl_K} columns after the {@code kl_K} ones) is optional: histories
 * written before it was kept lack those columns and read back without it.
 */
final class HistoryCsv {
    private static final String FIXED_COLUMNS = "epoch,seconds,beta,learning_rate,train_reconstruction,train_kl,"
            + "held_out_reconstruction,held_out_kl";
    private static final int FIXED = 8;

    private HistoryCsv() {
    }

    static byte[] encode(List<EpochReport> history) {
        int latent = history.isEmpty() ? 0 : history.get(0).klPerDimension().length;
        StringBuilder text = new StringBuilder(header(latent, true)).append('\n');
        for (EpochReport r : history) {
            text.append(r.epoch()).append(',').append(r.seconds()).append(',').append(r.beta()).append(',')
                    .append(r.learningRate()).append(',').append(r.train().reconstruction()).append(',')
                    .append(r.train().kl()).append(',');
            if (r.heldOut() != null) {
                text.append(r.heldOut().reconstruction()).append(',').append(r.heldOut().kl());
            } else {
                text.append(',');
            }
            for (double kl : r.klPerDimension()) {
                text.append(',').append(kl);
            }
            double[] heldOutKl = r.heldOutKlPerDimension();
            for (int k = 0; k < latent; k++) {
                text.append(',');
                if (heldOutKl != null) {
                    text.append(heldOutKl[k]);
                }
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static List<EpochReport> decode(String file, byte[] bytes) throws DataFormatException {
        String[] lines = Manifest.utf8(file, LessonEntries.HISTORY, bytes).split("\n", -1);
        String[] columns = lines[0].split(",", -1);
        boolean perDimensionHeldOut = (columns.length - FIXED) % 2 == 0
                && lines[0].equals(header((columns.length - FIXED) / 2, true));
        int latent = perDimensionHeldOut ? (columns.length - FIXED) / 2 : columns.length - FIXED;
        if (latent < 0 || !(perDimensionHeldOut || lines[0].equals(header(latent, false)))) {
            throw new DataFormatException(file, Texts.get("polish.lesson.entryLine", LessonEntries.HISTORY, "1"),
                    Texts.get("polish.lesson.historyHeader"));
        }
        if (!lines[lines.length - 1].isEmpty()) {
            throw new DataFormatException(file, LessonEntries.HISTORY, Texts.get("polish.lesson.lastLine"));
        }
        List<EpochReport> history = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String where = Texts.get("polish.lesson.entryLine", LessonEntries.HISTORY, String.valueOf(i + 1));
            String[] f = lines[i].split(",", -1);
            if (f.length != columns.length) {
                throw new DataFormatException(file, where, Texts.get("polish.lesson.fields", String.valueOf(f.length),
                        String.valueOf(columns.length)));
            }
            int epoch = epoch(file, where, f[0]);
            ElboTerms heldOut = f[6].isEmpty() && f[7].isEmpty() ? null
                    : new ElboTerms(number(file, where, f[6]), number(file, where, f[7]));
            double[] klPerDimension = new double[latent];
            for (int k = 0; k < latent; k++) {
                klPerDimension[k] = number(file, where, f[FIXED + k]);
            }
            double[] heldOutKl = perDimensionHeldOut && heldOut != null ? new double[latent] : null;
            for (int k = 0; perDimensionHeldOut && k < latent; k++) {
                String field = f[FIXED + latent + k];
                if (heldOutKl != null) {
                    heldOutKl[k] = number(file, where, field);
                } else if (!field.isEmpty()) {
                    throw new DataFormatException(file, where, Texts.get("polish.lesson.heldOutKl"));
                }
            }
            history.add(new EpochReport(epoch, number(file, where, f[1]), number(file, where, f[2]),
                    number(file, where, f[3]), new ElboTerms(number(file, where, f[4]), number(file, where, f[5])),
                    heldOut, klPerDimension, heldOutKl));
        }
        return history;
    }

    private static String header(int latent, boolean heldOutPerDimension) {
        StringBuilder text = new StringBuilder(FIXED_COLUMNS);
        for (int k = 1; k <= latent; k++) {
            text.append(",kl_").append(k);
        }
        for (int k = 1; heldOutPerDimension && k <= latent; k++) {
            text.append(",held_out_kl_").append(k);
        }
        return text.toString();
    }

    private static int epoch(String file, String where, String field) throws DataFormatException {
        try {
            int epoch = Integer.parseInt(field);
            if (epoch >= 1) {
                return epoch;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new DataFormatException(file, where, Texts.get("polish.lesson.epoch", field));
    }

    private static double number(String file, String where, String field) throws DataFormatException {
        try {
            double value = Double.parseDouble(field);
            if (Double.isFinite(value) && !field.isBlank() && Character.isDigit(field.charAt(field.length() - 1))) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new DataFormatException(file, where, Texts.get("polish.lesson.notFinite", field));
    }
}
