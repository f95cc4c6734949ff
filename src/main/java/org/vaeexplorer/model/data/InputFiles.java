package org.vaeexplorer.model.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        if (!Files.isReadable(file)) {
            throw new DataFormatException(name, null, Texts.get("hard.read.failed", Texts.get("hard.read.denied")));
        }
    }

    /**
     * Why a file could not be read, in words: Java's own message for a refused or missing file is only its path
     * ("cannot be read: /home/x/d.csv" says nothing), so the kind of failure is named here.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Texts.get("hard.read.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Texts.get("hard.read.missing");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** "cannot be read: REASON", the message for a read that failed. */
    public static String cannotBeRead(IOException e) {
        return Texts.get("hard.read.failed", reason(e));
    }
}
