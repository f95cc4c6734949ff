package org.vaeexplorer.model.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vaeexplorer.text.Texts;

/**
 * What every file a user opens must be before it is read: an existing regular file. A device such as
 * {@code /dev/zero} would be read without end, a pipe would block until something writes to it, and a terminal or
 * {@code /dev/stdin} cannot be read twice (the format check reads the start first).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * @throws DataFormatException naming the file when it does not exist, is a folder or is not a regular file
     */
    public static void requireRegularFile(Path file) throws DataFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new DataFormatException(name, null, Texts.get("file.problem.missing", file.toAbsolutePath()));
        }
        if (Files.isDirectory(file)) {
            throw new DataFormatException(name, null, Texts.get("file.problem.folder"));
        }
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(name, null, Texts.get("file.problem.notRegular"));
        }
    }
}
