package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;

/** One sub-command of the command line. */
interface Command {
    String name();

    /** One line for the help text: the options and what the command does. */
    String usage();

    Set<String> options();

    /** How many plain words (a sub-command, a file name) may come before the options. */
    default int maxWords() {
        return 0;
    }

    /** @return the process exit status */
    int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException, IOException;
}
