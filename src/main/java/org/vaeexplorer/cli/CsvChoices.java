package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.CsvImport;
import org.vaeexplorer.model.data.CsvPreview;
import org.vaeexplorer.model.data.CsvReader;
import org.vaeexplorer.model.data.CsvResult;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.ReadProgress;
import org.vaeexplorer.text.Texts;

/**
 * How the command line reads a CSV: the automatic proposal unless {@code --label-column} names the label, then
 * {@code --ignore-columns}, {@code --image} and {@code --missing}; what was chosen is said on standard error.
 */
final class CsvChoices {
    static final List<String> OPTIONS = List.of("ignore-columns", "image", "missing");

    private CsvChoices() {
    }

    /**
     * @param kept the choices a lesson kept for this file, used when no option says otherwise, or {@code null}
     */
    static CsvResult read(Path file, Args args, CsvImport kept, PrintStream err) throws UsageException,
            DataFormatException {
        CsvPreview preview = CsvPreview.read(file);
        boolean chosenByOptions = args.has("label-column") || args.has("ignore-columns") || args.has("image")
                || args.has("missing");
        boolean fitsKept = kept != null && kept.roles().size() == preview.names().size();
        CsvImport choice = fitsKept && !chosenByOptions ? kept : choose(preview, args);
        CsvResult result = CsvReader.read(file, choice, ReadProgress.NONE);
        // Said once the file is read: a refused file gets its one error line only.
        if (!args.has("label-column")) {
            err.println(Texts.get(fitsKept && !chosenByOptions ? "cli.import.kept" : "cli.import.chose",
                    preview.file(), describe(preview, choice)));
        }
        if (result.droppedRows() > 0) {
            err.println(Texts.get("cli.import.dropped", preview.file(), result.droppedRows()));
        }
        if (result.pixelDivisor() > 0) {
            err.println(Texts.get("cli.import.scaled", preview.file(), formatDivisor(result.pixelDivisor())));
        }
        return result;
    }

    private static String formatDivisor(float divisor) {
        return divisor == Math.rint(divisor) ? String.valueOf((long) divisor) : String.valueOf(divisor);
    }

    /** The choices {@link #read} makes from the options alone (a lesson written by {@code train} keeps them). */
    static CsvImport choice(Path file, Args args) throws UsageException, DataFormatException {
        return choose(CsvPreview.read(file), args);
    }

    private static CsvImport choose(CsvPreview preview, Args args) throws UsageException, DataFormatException {
        CsvImport proposal = preview.proposal();
        List<ColumnRole> roles = new ArrayList<>(proposal.roles());
        if (args.has("label-column")) {
            int former = proposal.labelColumn();
            if (former >= 0) {
                roles.set(former, preview.stats().get(former).numeric() ? ColumnRole.FEATURE : ColumnRole.IGNORED);
            }
            roles.set(preview.column(args.required("label-column")), ColumnRole.LABEL);
        }
        if (args.has("ignore-columns")) {
            for (String column : args.required("ignore-columns").split(",")) {
                if (!column.isBlank()) {
                    roles.set(preview.column(column), ColumnRole.IGNORED);
                }
            }
        }
        CsvImport choice = new CsvImport(preview.format(), roles, missing(args), null);
        String image = args.string("image", null);
        if (image == null) {
            // Pixels are proposed only with the rest of the proposal, not under a label the user named.
            return args.has("label-column") ? choice : choice.withImage(preview.proposedImage(roles));
        }
        if (image.trim().equalsIgnoreCase("none")) {
            return choice;
        }
        try {
            return choice.withImage(CsvImport.parseShape(image));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Texts.get("cli.usage.optionProblem", "image", e.getMessage()));
        }
    }

    private static CsvImport.Missing missing(Args args) throws UsageException {
        String value = args.string("missing", "drop").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "drop" -> CsvImport.Missing.DROP;
            case "refuse" -> CsvImport.Missing.REFUSE;
            default -> throw new UsageException(Texts.get("cli.usage.missing", value));
        };
    }

    /** "label 'target'; ignored: id, name; 64 features as 8×8 pictures; rows missing values dropped". */
    static String describe(CsvPreview preview, CsvImport choice) {
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < choice.roles().size(); c++) {
            if (choice.roles().get(c) == ColumnRole.IGNORED) {
                ignored.add(preview.names().get(c));
            }
        }
        int label = choice.labelColumn();
        return Texts.get("cli.import.summary",
                label < 0 ? Texts.get("cli.import.noLabel") : Texts.get("cli.import.label", preview.names().get(label)),
                ignored.isEmpty() ? Texts.get("cli.import.noneIgnored") : String.join(", ", ignored),
                choice.featureCount(),
                choice.image() == null ? "" : Texts.get("cli.import.image",
                        choice.image().width() + "×" + choice.image().height()),
                Texts.get(choice.missing() == CsvImport.Missing.DROP ? "cli.import.missingDrop"
                        : "cli.import.missingRefuse"));
    }
}
