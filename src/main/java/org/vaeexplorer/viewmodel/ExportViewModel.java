package org.vaeexplorer.viewmodel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableObjectValue;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.files.AtomicFiles;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;

/**
 * Exports: writes what the view hands it (pictures) and what the view models hold (the loss history, the latent
 * codes) to files, atomically, never over a file the session read, with a notice either way.
 */
public final class ExportViewModel {
    private final List<EpochReport> reports;
    private final ObservableObjectValue<LatentSnapshot> latent;
    private final ObservableObjectValue<DataSnapshot> data;
    private final Supplier<List<Path>> inputs;
    private final Consumer<Notice> notices;

    /**
     * @param reports the loss history, oldest epoch first
     * @param latent  the posteriors of the data's sample the latent pane shows
     * @param data    the current data, for the sample's labels
     * @param inputs  the files the session has read, which an export must not replace
     */
    ExportViewModel(List<EpochReport> reports, ObservableObjectValue<LatentSnapshot> latent,
            ObservableObjectValue<DataSnapshot> data, Supplier<List<Path>> inputs, Consumer<Notice> notices) {
        this.reports = reports;
        this.latent = latent;
        this.data = data;
        this.inputs = inputs;
        this.notices = notices;
    }

    /**
     * Writes {@code content} to {@code target} in one atomic step, with a notice naming the file either way.
     *
     * @return whether it was written
     */
    public boolean save(Path target, AtomicFiles.Writer content) {
        for (Path input : inputs.get()) {
            if (sameFile(target, input)) {
                notices.accept(new Notice(Texts.get("export.isInput", target.getFileName()), true));
                return false;
            }
        }
        try {
            AtomicFiles.write(target, content);
        } catch (IOException | RuntimeException e) {
            notices.accept(new Notice(Texts.get("export.failed", e.getMessage()), true));
            return false;
        }
        notices.accept(new Notice(Texts.get("export.saved", target.getFileName()), false));
        return true;
    }

    /** A notice about an export the view makes (the GIF's progress, or why it was not made). */
    public void notice(String text, boolean error) {
        notices.accept(new Notice(text, error));
    }

    /** Whether there is a loss history to export. */
    public boolean hasHistory() {
        return !reports.isEmpty();
    }

    /** Whether there are latent codes to export. */
    public boolean hasCodes() {
        return latent.get() != null && data.get() != null;
    }

    /** The loss history as CSV; held-out cells are empty when nothing was held out. */
    public void saveHistory(Path target) {
        save(target, out -> write(out, historyCsv(List.copyOf(reports))));
    }

    /** The posterior means and σ of the latent pane's sample, a row each, with the data row and its class. */
    public void saveCodes(Path target) {
        LatentSnapshot codes = latent.get();
        DataSnapshot shown = data.get();
        if (codes == null || shown == null) {
            notices.accept(new Notice(Texts.get("export.noCodes"), true));
            return;
        }
        save(target, out -> write(out, codesCsv(codes, shown.data())));
    }

    static String historyCsv(List<EpochReport> history) {
        StringBuilder text = new StringBuilder("epoch,beta,learning_rate,train_neg_elbo,train_reconstruction,"
                + "train_kl,held_out_neg_elbo,held_out_reconstruction,held_out_kl\n");
        for (EpochReport r : history) {
            text.append(r.epoch()).append(',').append(r.beta()).append(',').append(r.learningRate()).append(',')
                    .append(r.train().negativeElbo()).append(',').append(r.train().reconstruction()).append(',')
                    .append(r.train().kl()).append(',');
            if (r.heldOut() != null) {
                text.append(r.heldOut().negativeElbo()).append(',').append(r.heldOut().reconstruction())
                        .append(',').append(r.heldOut().kl());
            } else {
                text.append(",,");
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String codesCsv(LatentSnapshot codes, Dataset data) {
        int l = codes.latentDim();
        StringBuilder text = new StringBuilder("row");
        for (int k = 1; k <= l; k++) {
            text.append(",mu").append(k);
        }
        for (int k = 1; k <= l; k++) {
            text.append(",sigma").append(k);
        }
        text.append(data.hasLabels() ? ",label\n" : "\n");
        for (int i = 0; i < codes.rows().length; i++) {
            int row = codes.rows()[i];
            text.append(row + 1);
            for (int k = 0; k < l; k++) {
                text.append(',').append(codes.mean()[i * l + k]);
            }
            for (int k = 0; k < l; k++) {
                text.append(',').append(codes.sigma()[i * l + k]);
            }
            if (data.hasLabels()) {
                text.append(',').append(cell(data.classNames().get(data.label(row))));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * A text cell: quoted when it holds a separator or quote, and with an apostrophe when it starts like a
     * spreadsheet formula, so that a class named {@code =HYPERLINK(…)} opens as text.
     */
    private static String cell(String s) {
        String text = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.exists(input) ? Files.isSameFile(target, input)
                    : target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /** A file name for an export: the lesson's or data's name, a suffix, in characters every system accepts. */
    public static String suggestedName(String base, String suffix) {
        String clean = base == null ? "" : base.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return (clean.isEmpty() ? "vae-explorer" : clean.toLowerCase(Locale.ROOT)) + suffix;
    }
}
