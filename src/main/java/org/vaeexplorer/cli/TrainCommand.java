package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;

/** {@code train}: fits a model, printing one JSON line per epoch, and saves it, as a model or a lesson. */
final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        StringBuilder text = new StringBuilder("train --data NAME|FILE [--SETTING VALUE ...] [--out model.vae] "
                + "[--threads N]\n        " + LessonOutput.USAGE);
        wrap(text, Texts.get("cli.train.usage"), "        ", "        ");
        for (Setting<?> s : SettingsSchema.settings()) {
            wrap(text, "--" + s.key() + " " + placeholder(s.kind()) + "  " + Texts.get("cli.train.setting",
                    s.allowedText(), s.defaultText()), "          ", "              ");
            wrap(text, Texts.get("cli.train.settingHelp", s.label(), s.help()), "              ", "              ");
        }
        return text.toString();
    }

    @Override
    public Set<String> options() {
        Set<String> options = new HashSet<>(Inputs.DATA_OPTIONS);
        SettingsSchema.settings().forEach(s -> options.add(s.key()));
        options.addAll(List.of("out", "threads"));
        options.addAll(LessonOutput.OPTIONS);
        return options;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Path target = Inputs.outputFile(args);
        Dataset data = Inputs.data(args, err);
        VaeConfig config = config(args, data);
        LessonOutput lesson = LessonOutput.from(args, data);
        Trainer trainer;
        try {
            trainer = Trainer.create(config, data);
        } catch (InvalidConfigException e) {
            throw UsageException.of(e);
        }
        // Which rows are held out is said first: on a file sorted by class, the last rows would be one class.
        err.println(Texts.get("cli.train.first", data.name(), String.valueOf(data.rows()),
                data.cols(), config.likelihood().id(),
                String.format("%,d", trainer.model().parameterCount()), trainer.split().describe()));
        if (target == null && lesson == null) {
            // Said before training, not after minutes of it.
            err.println(Texts.get("cli.train.notSaved"));
        }
        List<EpochReport> history = new ArrayList<>();
        EpochOutcome outcome = trainer.train(config.epochs(), report -> {
            history.add(report);
            out.println(line(report));
        });
        if (outcome.status() == EpochOutcome.Status.DIVERGED) {
            err.println(Texts.get("cli.error", outcome.message()));
        }
        if (target != null) {
            ModelFile.save(trainer.model().snapshot(), target);
            err.println(Texts.get("cli.train.saved", target.toString()));
        }
        if (lesson != null) {
            lesson.save(trainer, config, history, data, err);
            err.println(Texts.get("cli.train.saved", lesson.target().toString()));
        }
        return outcome.status() == EpochOutcome.Status.DIVERGED ? 1 : 0;
    }

    /** The schema's defaults for this data, with each setting given on the command line read in. */
    static VaeConfig config(Args args, Dataset data) throws UsageException {
        VaeConfig config = SettingsSchema.defaultsFor(data);
        for (Setting<?> s : SettingsSchema.settings()) {
            if (args.has(s.key())) {
                try {
                    config = SettingsSchema.withText(config, s.key(), args.string(s.key(), ""));
                } catch (InvalidConfigException e) {
                    throw UsageException.of(e);
                }
            }
        }
        return config;
    }

    private static String placeholder(Setting.Kind kind) {
        return switch (kind) {
            case INTEGER, SEED -> "N";
            case REAL -> "X";
            case INTEGER_LIST -> "N,N,...";
            case CHOICE -> "NAME";
        };
    }

    /** Appends {@code words} on new lines of at most 110 characters, indented as given. */
    private static void wrap(StringBuilder text, String words, String firstIndent, String indent) {
        StringBuilder line = new StringBuilder(firstIndent);
        boolean lineEmpty = true;
        for (String word : words.split(" ")) {
            if (!lineEmpty && line.length() + 1 + word.length() > 110) {
                text.append('\n').append(line);
                line.setLength(0);
                line.append(indent);
                lineEmpty = true;
            }
            line.append(lineEmpty ? "" : " ").append(word);
            lineEmpty = false;
        }
        text.append('\n').append(line);
    }

    private static String line(EpochReport r) {
        Json json = new Json().put("epoch", r.epoch()).put("seconds", r.seconds())
                .put("train_neg_elbo", r.train().negativeElbo()).put("train_rec", r.train().reconstruction())
                .put("train_kl", r.train().kl());
        if (r.heldOut() != null) {
            json.put("test_neg_elbo", r.heldOut().negativeElbo()).put("test_rec", r.heldOut().reconstruction())
                    .put("test_kl", r.heldOut().kl());
        } else {
            json.put("test_neg_elbo", Double.NaN).put("test_rec", Double.NaN).put("test_kl", Double.NaN);
        }
        return json.put("beta", r.beta()).put("lr", r.learningRate()).put("kl_per_dim", r.klPerDimension())
                .toString();
    }
}
