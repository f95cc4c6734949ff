package org.vaeexplorer.model.lessons;

/** The names of the entries a lesson file may hold, and the most bytes each may have. */
final class LessonEntries {
    static final String MANIFEST = "manifest.txt";
    static final String MODEL = "model.vae";
    static final String OPTIMIZER = "optimizer.bin";
    static final String HISTORY = "history.csv";
    static final String DATA = "data.csv";
    static final String PREVIEW = "preview.csv";
    /** The six above and a teacher's and a class's note per language. */
    static final int MAX_ENTRIES = 6 + 2 * LessonNotes.LANGUAGES.size();
    private static final long MANIFEST_LIMIT = 1 << 20;
    /** The trainer's 50 million parameters as doubles, and the header. */
    private static final long MODEL_LIMIT = 512L << 20;
    /** Two float moments per parameter. */
    private static final long OPTIMIZER_LIMIT = 512L << 20;
    private static final long HISTORY_LIMIT = 64L << 20;
    /** A note's characters, at most three bytes each in UTF-8. */
    private static final long NOTE_LIMIT = 3L * LessonNotes.MAX_CHARS;

    private LessonEntries() {
    }

    static String teacherNote(String language) {
        return "notes-teacher." + language + ".txt";
    }

    static String classNote(String language) {
        return "notes-class." + language + ".txt";
    }

    /** The most bytes the entry may have, or −1 when no lesson has an entry of that name. */
    static long limit(String name) {
        switch (name) {
            case MANIFEST:
                return MANIFEST_LIMIT;
            case MODEL:
                return MODEL_LIMIT;
            case OPTIMIZER:
                return OPTIMIZER_LIMIT;
            case HISTORY:
                return HISTORY_LIMIT;
            case DATA:
                return EmbeddedCsv.MAX_BYTES;
            case PREVIEW:
                return PreviewCsv.MAX_BYTES;
            default:
                break;
        }
        for (String language : LessonNotes.LANGUAGES) {
            if (name.equals(teacherNote(language)) || name.equals(classNote(language))) {
                return NOTE_LIMIT;
            }
        }
        return -1;
    }
}
