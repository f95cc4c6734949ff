package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.text.Texts;

/**
 * The command line: {@code vae-explorer COMMAND --option value ...}. Bad arguments and bad files end with one line
 * on standard error and exit status 2, never a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final List<Command> COMMANDS = List.of(new TrainCommand(), new EvalCommand(),
            new EncodeCommand(), new SampleCommand(), new DecodeCommand(), new InterpolateCommand(),
            new TraverseCommand(), new BenchCommand(), new LessonCommand());

    private Cli() {
    }

    /** Whether the first argument names a command (otherwise the launcher opens the window). */
    public static boolean isCommand(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isHelp(w) || COMMANDS.stream().anyMatch(c -> c.name().equals(w));
    }

    private static boolean isHelp(String word) {
        return word.equals("help") || word.equals("--help") || word.equals("-h");
    }

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        String word = argv.length == 0 ? "" : argv[0].toLowerCase(Locale.ROOT);
        if (isHelp(word)) {
            out.print(help());
            return OK;
        }
        Command command = COMMANDS.stream().filter(c -> c.name().equals(word)).findFirst().orElse(null);
        if (command == null) {
            err.println(Texts.get("cli.error", Texts.get("cli.unknownCommand", argv.length == 0 ? "" : argv[0],
                    String.join(", ", COMMANDS.stream().map(Command::name).toList()))));
            return BAD_INPUT;
        }
        if (java.util.Arrays.stream(argv).skip(1).anyMatch(a -> isHelp(a.toLowerCase(Locale.ROOT)))) {
            out.println("  " + command.usage());
            return OK;
        }
        try {
            Args args = Args.parse(command.name(), argv, 1, command.options(), command.maxWords());
            ComputeThreads.use(args.integer("threads", ComputeThreads.forCommandLine()));
            int status = command.run(args, out, err);
            if (out.checkError()) {
                err.println(Texts.get("cli.error", Texts.get("cli.outputFailed")));
                return FAILED;
            }
            return status;
        } catch (UsageException | DataFormatException e) {
            err.println(Texts.get("cli.error", e.getMessage()));
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(Texts.get("cli.error", e.getMessage()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(Texts.get("cli.error", e.getMessage()));
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println(Texts.get("cli.error", Texts.get("cli.outOfMemory", command.name())));
            return FAILED;
        } catch (RuntimeException e) {
            err.println(Texts.get("cli.error", Texts.get("cli.failed", command.name(), e)));
            return FAILED;
        }
    }

    static String help() {
        StringBuilder text = new StringBuilder(Texts.get("cli.help.head",
                String.join(", ", org.vaeexplorer.model.data.DatasetCatalog.builtInNames())) + "\n");
        for (Command c : COMMANDS) {
            text.append("  ").append(c.usage()).append('\n');
        }
        // Handed to the view by the launcher (it draws with the window's panes), listed here with the others.
        text.append("""
                  render (--model FILE | --lesson FILE) [--data NAME|FILE] --view latent|data|manifold|loss|kl
                    --out FILE.png [--width 900] [--height 700] [--scale 1]
                """);
        text.append(Texts.get("cli.help.folder")).append('\n');
        text.append(Texts.get("cli.help.tail")).append('\n');
        return text.toString();
    }
}
