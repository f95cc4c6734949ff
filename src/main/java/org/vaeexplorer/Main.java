package org.vaeexplorer;

import org.vaeexplorer.cli.Cli;

/**
 * Starts VAE Explorer: the window when started with no argument or with one existing data file (which it opens),
 * otherwise a command-line command. Not a JavaFX {@code Application} itself, so that it can start from the
 * classpath, where ND4J has to live.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // JavaCPP otherwise reads the process's resident size on every native allocation: tens of microseconds
        // per ND4J operation on this kind of machine. Off-heap memory stays bounded by its maxbytes (-Xmx).
        defaultProperty("org.bytedeco.javacpp.maxphysicalbytes", "0");
        boolean opensAFile = args.length == 1 && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        if (args.length > 0 && !opensAFile) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        org.vaeexplorer.view.VaeExplorerApp.launchWith(args);
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
