package org.vaeexplorer;

import org.vaeexplorer.cli.Cli;
import org.vaeexplorer.text.Texts;

/**
 * Starts VAE Explorer: the window when started with no argument or with one file's path (which it opens),
 * otherwise a command-line command. Not a JavaFX {@code Application} itself, so that it can start from the
 * classpath, where ND4J has to live.
 */
public final class Main {
    /** Held, since the logging framework keeps its loggers only weakly and would forget the filter. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // JavaCPP otherwise reads the process's resident size on every native allocation: tens of microseconds
        // per ND4J operation on this kind of machine. Off-heap memory stays bounded by its maxbytes (-Xmx).
        defaultProperty("org.bytedeco.javacpp.maxphysicalbytes", "0");
        // Prism keeps 6 dirty rectangles per frame and merges the rest: a change in the toolbar and one in the status
        // bar in the same pulse (pressing Train) then repaint the whole window in software rendering (decision 0006).
        defaultProperty("prism.dirtyregioncount", "16");
        boolean opensAFile = args.length == 1 && namesAFile(args[0]);
        if (args.length > 0 && "render".equals(args[0])) {
            // Drawn by the window's own panes, headless: the view's business, not the command line's (ArchitectureTest).
            System.exit(org.vaeexplorer.view.RenderCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        if (args.length > 0 && !opensAFile) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (!hasDisplay()) {
            System.err.println(Texts.get("main.noDisplay"));
            System.exit(2);
        }
        // ND4J needs the classpath, and JavaFX warns at every start that it was not loaded as modules: true, known
        // (platform notes), and two lines of noise above anything the user should read.
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            org.vaeexplorer.view.VaeExplorerApp.launchWith(args);
        } catch (UnsupportedOperationException e) {
            // Glass's words when DISPLAY names an X server that is not there, or GTK is missing: one line, not a trace.
            String reason = String.valueOf(e.getMessage());
            System.err.println(reason.contains("GTK") ? Texts.get("main.noGtk", reason)
                    : Texts.get("main.displayUnreachable", System.getenv("DISPLAY"), reason));
            System.exit(2);
        }
    }

    /**
     * A regular file, or an argument written as a path (a separator or an extension, which no command has): the
     * window opens it, and says why when it cannot (missing, unreadable, a folder) instead of the command line
     * calling it an unknown command.
     */
    private static boolean namesAFile(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        try {
            if (java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg))) {
                return true;
            }
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        return arg.contains("/") || arg.contains(java.io.File.separator) || arg.contains(".");
    }

    /**
     * On Linux and other X11 systems the window needs DISPLAY (or WAYLAND_DISPLAY); without one JavaFX fails with a
     * stack trace. Windows and macOS always have a display, and a headless platform chosen on purpose (Monocle)
     * needs none.
     */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")
                || "monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
