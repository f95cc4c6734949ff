package org.vaeexplorer.model.data;

/**
 * A file could not be read as data or as a model: says which file, where in it, and what is wrong, in words that a
 * user can act on.
 */
public final class DataFormatException extends Exception {
    private final String file;
    private final String location;
    private final String problem;

    /**
     * @param file     the file's name as the user knows it
     * @param location "line 12", "byte offset 16", or {@code null} when the problem is the whole file
     * @param problem  what is wrong
     */
    public DataFormatException(String file, String location, String problem) {
        super(clean(file) + (location == null ? "" : ", " + clean(location)) + ": " + clean(problem));
        this.file = clean(file);
        this.location = location == null ? null : clean(location);
        this.problem = clean(problem);
    }

    /**
     * Text from an untrusted file, made safe to show: control characters (terminal escapes) become '?', and very
     * long text is cut.
     */
    private static String clean(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 400 ? printable.substring(0, 397) + "..." : printable;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
