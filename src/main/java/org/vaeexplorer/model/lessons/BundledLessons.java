package org.vaeexplorer.model.lessons;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lessons that come with the application: the {@code *.vaelesson} files in {@code assets/lessons}, looked for
 * beside the application's jar (where the installers put them) and in the working directory (a checkout of the
 * project).
 */
public final class BundledLessons {
    static final String FOLDER = "assets/lessons";

    private BundledLessons() {
    }

    /** The folders that exist among those searched, in the order searched. */
    public static List<Path> folders() {
        List<Path> candidates = new ArrayList<>();
        Path code = codeLocation();
        if (code != null) {
            candidates.add((Files.isDirectory(code) ? code : code.getParent()).resolve(FOLDER));
        }
        candidates.add(Path.of("").toAbsolutePath().resolve(FOLDER));
        List<Path> found = new ArrayList<>();
        for (Path folder : candidates) {
            Path real = realFolder(folder);
            if (real != null && !found.contains(real)) {
                found.add(real);
            }
        }
        return found;
    }

    /** Every bundled lesson, sorted by file name; of two with the same name, the one found first. */
    public static List<Path> files() {
        Map<String, Path> byName = new TreeMap<>();
        for (Path folder : folders()) {
            for (Path file : filesIn(folder)) {
                byName.putIfAbsent(file.getFileName().toString(), file);
            }
        }
        return List.copyOf(byName.values());
    }

    /** The lesson files in one folder, sorted by name; none when it cannot be read. */
    public static List<Path> filesIn(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + LessonFile.EXTENSION)) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    /** The jar (or classes folder) this class was loaded from, or {@code null} when that is not a local file. */
    private static Path codeLocation() {
        try {
            var source = BundledLessons.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static Path realFolder(Path folder) {
        try {
            return Files.isDirectory(folder) ? folder.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
