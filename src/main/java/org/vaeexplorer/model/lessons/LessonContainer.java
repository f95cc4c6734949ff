package org.vaeexplorer.model.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.InputFiles;
import org.vaeexplorer.text.Texts;

/**
 * Reads a lesson's ZIP container as untrusted input. Opening refuses any entry whose name is not one a lesson has
 * (so no name, "../x" included, is ever used for anything but that comparison; nothing is extracted), duplicate
 * names, too many entries, and any declared size above its entry's limit. Reading an entry then reads no more
 * than its declared size plus one byte, and refuses it when the bytes found differ from the declared size or the
 * CRC-32: an entry that inflates beyond what it claims (a zip bomb) is stopped there.
 */
final class LessonContainer implements AutoCloseable {
    /** Larger files are refused before being opened. */
    static final long MAX_FILE_BYTES = 1L << 30;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private final String file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;

    private LessonContainer(String file, ZipFile zip, Map<String, ZipEntry> entries) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
    }

    static LessonContainer open(Path path) throws DataFormatException {
        String file = path.getFileName().toString();
        org.vaeexplorer.model.data.InputFiles.requireRegularFile(path);
        checkStart(path, file);
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(file, null, Texts.get("lesson.problem.zip", e.getMessage()));
        }
        try {
            return new LessonContainer(file, zip, checkedEntries(file, zip));
        } catch (DataFormatException e) {
            closeQuietly(zip);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw new DataFormatException(file, null, Texts.get("lesson.problem.damaged", e.getMessage()));
        }
    }

    private static void checkStart(Path path, String file) throws DataFormatException {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new DataFormatException(file, null,
                        Texts.get("polish.lesson.tooLarge", String.valueOf(size >> 20)));
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(path)) {
                start = in.readNBytes(ZIP_MAGIC.length);
            }
            if (!Arrays.equals(start, ZIP_MAGIC)) {
                throw new DataFormatException(file, Texts.get("file.offset", "0"),
                        Texts.get("lesson.problem.notLesson"));
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, null, Texts.get("file.problem.missing", path.toAbsolutePath()));
        } catch (IOException e) {
            throw new DataFormatException(file, null, InputFiles.cannotBeRead(e));
        }
    }

    private static Map<String, ZipEntry> checkedEntries(String file, ZipFile zip) throws DataFormatException {
        if (zip.size() > LessonEntries.MAX_ENTRIES) {
            throw new DataFormatException(file, null,
                    Texts.get("polish.lesson.tooManyEntries", String.valueOf(zip.size()),
                    String.valueOf(LessonEntries.MAX_ENTRIES)));
        }
        Map<String, ZipEntry> found = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            long limit = LessonEntries.limit(name);
            if (limit < 0) {
                throw new DataFormatException(file, null, Texts.get("polish.lesson.strangeEntry", name));
            }
            if (found.put(name, entry) != null) {
                throw new DataFormatException(file, name, Texts.get("polish.lesson.twice"));
            }
            long declared = entry.getSize();
            if (declared < 0) {
                throw new DataFormatException(file, name, Texts.get("polish.lesson.noSize"));
            }
            if (declared > limit) {
                throw new DataFormatException(file, name,
                        Texts.get("polish.lesson.entryTooLarge", String.valueOf(declared), name,
                        String.valueOf(limit)));
            }
        }
        return found;
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** An entry's bytes, checked against its declared size and CRC-32. */
    byte[] read(String name) throws DataFormatException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new DataFormatException(file, null, Texts.get("lesson.problem.missingEntry", name));
        }
        int declared = (int) entry.getSize();
        byte[] bytes;
        // Memory grows with the bytes found, not with the size declared: a small file cannot make us allocate 512 MB.
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(declared);
            if (bytes.length < declared) {
                throw new DataFormatException(file, name,
                        Texts.get("polish.lesson.entryShort", String.valueOf(bytes.length),
                        String.valueOf(declared)));
            }
            if (in.read() != -1) {
                throw new DataFormatException(file, name,
                        Texts.get("polish.lesson.entryLong", String.valueOf(declared)));
            }
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(file, name, Texts.get("lesson.problem.damaged", e.getMessage()));
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.getCrc()) {
            throw new DataFormatException(file, name, Texts.get("lesson.problem.checksum"));
        }
        return bytes;
    }

    String file() {
        return file;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Only read from: nothing is lost.
        }
    }
}
