package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageFolderReader;
import org.vaeexplorer.text.Texts;

/**
 * {@code --data FOLDER}: a folder of PNG and JPEG pictures, read with {@code --image-size} (28x28 unless given),
 * {@code --colour} and {@code --unreadable skip|refuse}, its progress on standard error.
 */
final class FolderInput {
    static final List<String> OPTIONS = List.of("image-size", "colour", "unreadable");

    private FolderInput() {
    }

    /** The folder options given for data that is not a folder are a mistake worth saying. */
    static void refuseFolderOptions(Args args) throws UsageException {
        for (String option : OPTIONS) {
            if (args.has(option)) {
                throw new UsageException(Texts.get("cli.usage.folderOnly", option));
            }
        }
    }

    static boolean isFolder(String data) {
        return Files.isDirectory(Path.of(data));
    }

    static Dataset read(Path folder, Args args, PrintStream err) throws UsageException, DataFormatException {
        String unreadable = args.string("unreadable", "skip");
        if (!unreadable.equals("skip") && !unreadable.equals("refuse")) {
            throw new UsageException(Texts.get("cli.usage.unreadable", unreadable));
        }
        ImageFolderReader.Options options;
        try {
            options = ImageFolderReader.Options.of(args.string("image-size", "28x28"), args.has("colour"),
                    unreadable.equals("refuse"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Texts.get("cli.usage.optionProblem", "image-size", e.getMessage()));
        }
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        ProgressLine[] line = new ProgressLine[1];
        ImageFolderReader.Result result = ImageFolderReader.read(folder, options, (done, total) -> {
            if (line[0] == null) {
                line[0] = new ProgressLine(err, Texts.get("folder.cli.reading", name, String.valueOf(total)),
                        ProgressLine.DEFAULT_INTERVAL_NANOS);
            }
            line[0].accept((double) done / total);
        }, () -> false);
        if (!result.skipped().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (ImageFolderReader.Skipped s : result.skipped()) {
                names.append(names.length() == 0 ? "" : Texts.get("folder.skipped.separator"))
                        .append(Texts.get("folder.skipped.one", s.file(), s.reason()));
            }
            err.println(Texts.get("folder.skipped", result.skipped().size(), names.toString()));
        }
        return result.dataset();
    }
}
