package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.vaeexplorer.model.ComputeThreads;
import org.vaeexplorer.model.DataFormatException;

/**
 * The command line: {@code vae-explorer COMMAND --option value ...}. Bad arguments and bad files end with one line
 * on standard error and exit status 2, never a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final List<Command> COMMANDS = List.of(new TrainCommand(), new EvalCommand(),
            new EncodeCommand(), new SampleCommand(), new DecodeCommand(), new BenchCommand());

    private Cli() {
    }

    /** Whether the first argument names a command (otherwise the launcher opens the window). */
    public static boolean isCommand(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("help") || w.equals("--help") || w.equals("-h")
                || COMMANDS.stream().anyMatch(c -> c.name().equals(w));
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length > 0 && isCommand(argv[0]) && COMMANDS.stream().noneMatch(c -> c.name().equals(argv[0]))) {
            out.print(help());
            return OK;
        }
        if (argv.length == 0 || COMMANDS.stream().noneMatch(c -> c.name().equals(argv[0]))) {
            err.println("error: unknown command '" + (argv.length == 0 ? "" : argv[0]) + "' (commands: "
                    + String.join(", ", COMMANDS.stream().map(Command::name).toList())
                    + "; 'help' lists their options)");
            return BAD_INPUT;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(argv[0])).findFirst().orElseThrow();
        try {
            Args args = Args.parse(command.name(), argv, 1, command.options());
            ComputeThreads.use(args.integer("threads", ComputeThreads.defaultThreads()));
            return command.run(args, out, err);
        } catch (UsageException | DataFormatException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: " + command.name() + " failed: " + e);
            return FAILED;
        }
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                VAE Explorer command line. Usage: vae-explorer COMMAND [--option value ...]
                Built-in data (--data): %s, or a CSV or IDX file.
                Commands:
                """.formatted(String.join(", ", org.vaeexplorer.model.DatasetCatalog.builtInNames())));
        for (Command c : COMMANDS) {
            text.append("  ").append(c.usage()).append('\n');
        }
        text.append("""
                Data options: --points N and --noise X (toy sets), --data-seed S, --labels FILE (IDX),
                  --label-column NAME|NUMBER (CSV, columns numbered from 1).
                Exit status: 0 done, 1 training diverged or failed, 2 bad argument or file.
                """);
        return text.toString();
    }
}
