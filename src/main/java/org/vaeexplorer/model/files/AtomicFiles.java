package org.vaeexplorer.model.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.vaeexplorer.text.Texts;

/**
 * Writes files so that a crash or a full disk never leaves a half-written file under the target name: the bytes go
 * to a temporary file beside it, are forced to disk, and the temporary file then replaces the target in one move.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        try {
            writeAtomically(target, writer);
        } catch (java.nio.file.NoSuchFileException e) {
            Path folder = target.toAbsolutePath().getParent();
            throw new IOException("cannot save " + target + ": " + (folder != null && Files.isDirectory(folder)
                    ? Texts.get("hard.save.noNewFiles", folder.toString()) : "its folder does not exist"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("cannot save " + target + ": permission denied");
        } catch (java.nio.file.FileSystemException e) {
            // Its own message names the temporary file, which the user never asked for: the reason is enough.
            throw new IOException("cannot save " + target + ": " + (e.getReason() != null ? e.getReason()
                    : e.getMessage()), e);
        } catch (IOException e) {
            throw new IOException("cannot save " + target + ": " + e.getMessage(), e);
        }
    }

    /** A temporary file this much older than now belongs to a save that was killed, not to one still running. */
    public static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

    /**
     * Removes the temporary files that killed saves of the same file left behind (a kill -9 or a power cut skips the
     * clean-up): {@code .NAME<digits>.part}, regular files older than {@link #STALE}. Best effort: a file that cannot
     * be removed stays.
     */
    private static void removeStaleParts(Path dir, String name) {
        String prefix = "." + name;
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (java.nio.file.DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> {
            String file = p.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".part")
                    && file.substring(prefix.length(), file.length() - ".part".length()).matches("\\d+");
        })) {
            for (Path part : parts) {
                if (Files.isRegularFile(part, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(part).toMillis() < before) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // Left for the next save; the new file is written all the same.
        }
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null || Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder, not a file name");
        }
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // Moving a file over a device, a pipe or a link would destroy it, not write through it.
            throw new IOException(target + " is not a regular file (a device, a pipe or a link); only regular files "
                    + "are replaced");
        }
        removeStaleParts(dir, absolute.getFileName().toString());
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        // Temporary files are created readable by their owner only; the saved file should be like any other.
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.exists(absolute) ? Files.getPosixFilePermissions(absolute)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writer.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
