package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.Activation;
import org.vaeexplorer.model.ConfigProblem;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.Trainer;
import org.vaeexplorer.model.VaeConfig;

/**
 * Every setting of the model and its training, validated as typed: each field carries its own problem, and
 * {@link #configProperty()} holds a valid configuration or {@code null}.
 */
public final class SettingsViewModel {
    private final SettingField hidden = new SettingField("hidden", "Hidden layers",
            "Widths of the encoder's hidden layers, comma-separated (the decoder mirrors them). More and wider "
                    + "layers can fit more complex data but train more slowly; empty means a linear model.");
    private final SettingField latent = new SettingField("latent", "Latent dimensions",
            "Dimension of z, 1 to 64. Two can be drawn directly; more can encode more, shown two at a time.");
    private final SettingField variance = new SettingField("variance", "Fixed variance",
            "σ² of the decoder for the fixed-variance Gaussian likelihood, in standardised units. Smaller values "
                    + "weigh reconstruction more against the KL term.");
    private final SettingField beta = new SettingField("beta", "β (KL weight)",
            "Weight of the KL term in the loss. 1 is the true ELBO; above 1 pushes posteriors towards the prior "
                    + "(smoother, less detailed); below 1 favours reconstruction. Can change while training.");
    private final SettingField warmup = new SettingField("warmup", "KL warm-up (epochs)",
            "β rises linearly from 0 over this many epochs, which helps avoid posterior collapse. 0: no warm-up.");
    private final SettingField learningRate = new SettingField("lr", "Learning rate",
            "Adam's step size. Too large and training diverges; too small and it crawls. Can change while "
                    + "training.");
    private final SettingField batch = new SettingField("batch", "Batch size",
            "Examples per gradient step. Smaller batches give noisier, more frequent steps.");
    private final SettingField epochs = new SettingField("epochs", "Epochs",
            "How many passes over the training data one press of Train runs.");
    private final SettingField seed = new SettingField("seed", "Seed",
            "Seeds initialisation, shuffling and sampling: the same seed reproduces the same run.");
    private final SettingField holdout = new SettingField("holdout", "Held out (%)",
            "Share of the data (its last rows) kept out of training to measure generalisation, 0 to 90.");
    private final List<SettingField> fields = List.of(hidden, latent, beta, warmup, learningRate, batch, epochs,
            holdout, seed, variance);
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.RELU);
    private final ObjectProperty<Likelihood> likelihood = new SimpleObjectProperty<>(Likelihood.GAUSSIAN_DIAGONAL);
    private final ReadOnlyObjectWrapper<VaeConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper likelihoodProblem = new ReadOnlyStringWrapper("");
    private final ObservableValue<DataSnapshot> data;
    private int dataRows = 1;

    /** @param data the data the settings must suit (held-out rows, likelihood range, …); re-checked as it changes */
    SettingsViewModel(ObservableValue<DataSnapshot> data) {
        this.data = data;
        load(VaeConfig.defaults().withEpochs(100), 10);
        data.addListener((obs, was, now) -> {
            dataRows = now == null ? 1 : Math.max(1, now.data().rows());
            revalidate();
        });
        for (SettingField f : fields) {
            f.textProperty().addListener((obs, was, now) -> revalidate());
        }
        activation.addListener((obs, was, now) -> revalidate());
        likelihood.addListener((obs, was, now) -> revalidate());
        revalidate();
    }

    public List<SettingField> fields() {
        return fields;
    }

    public SettingField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public ObjectProperty<Likelihood> likelihoodProperty() {
        return likelihood;
    }

    /** The settings as a configuration, or {@code null} while any field has a problem. */
    public ReadOnlyObjectProperty<VaeConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Fills every field from a configuration; the held-out share is given in percent. */
    void load(VaeConfig c, int holdoutPercent) {
        hidden.textProperty().set(c.hiddenLayers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        latent.textProperty().set(Integer.toString(c.latentDim()));
        variance.textProperty().set(format(c.fixedVariance()));
        beta.textProperty().set(format(c.beta()));
        warmup.textProperty().set(Integer.toString(c.warmupEpochs()));
        learningRate.textProperty().set(format(c.learningRate()));
        batch.textProperty().set(Integer.toString(c.batchSize()));
        epochs.textProperty().set(Integer.toString(c.epochs()));
        seed.textProperty().set(Long.toString(c.seed()));
        holdout.textProperty().set(Integer.toString(holdoutPercent));
        activation.set(c.activation());
        likelihood.set(c.likelihood());
    }

    void revalidate() {
        Map<String, String> problems = new java.util.HashMap<>();
        VaeConfig candidate = parse(problems);
        List<ConfigProblem> found = new ArrayList<>(candidate.problemsFor(dataRows));
        if (data.getValue() != null) {
            found.addAll(Trainer.problemsWith(candidate, data.getValue().data()));
        }
        for (ConfigProblem p : found) {
            problems.putIfAbsent(p.field(), p.message());
        }
        for (SettingField f : fields) {
            f.setProblem(problems.getOrDefault(f.key(), ""));
        }
        likelihoodProblem.set(problems.getOrDefault("likelihood", ""));
        boolean ok = problems.isEmpty();
        config.set(ok ? candidate : null);
        valid.set(ok);
    }

    /** What is wrong with the chosen likelihood for the data, or empty. */
    public ReadOnlyStringProperty likelihoodProblemProperty() {
        return likelihoodProblem.getReadOnlyProperty();
    }

    /**
     * The typed settings as a configuration; a field that does not parse is recorded in {@code problems} and
     * replaced by its default, so that the other fields are still checked.
     */
    private VaeConfig parse(Map<String, String> problems) {
        VaeConfig d = VaeConfig.defaults();
        List<Integer> layers = new ArrayList<>();
        if (!hidden.text().isEmpty()) {
            for (String part : hidden.text().split(",")) {
                layers.add(parseInt(part.trim(), hidden, problems, 1));
            }
        }
        int percent = parseInt(holdout.text(), holdout, problems, 10);
        long seedValue = d.seed();
        try {
            seedValue = Long.parseLong(seed.text());
        } catch (NumberFormatException e) {
            problems.put(seed.key(), "'" + seed.text() + "' is not a whole number");
        }
        if (percent < 0 || percent > 90) {
            problems.put(holdout.key(), "must be 0 to 90 percent");
            percent = 10;
        }
        int holdoutRows = (int) Math.floor(dataRows * percent / 100.0);
        return new VaeConfig(layers, activation.get(), parseInt(latent.text(), latent, problems, d.latentDim()),
                likelihood.get(), parseDouble(variance.text(), variance, problems, d.fixedVariance()),
                parseDouble(beta.text(), beta, problems, d.beta()),
                parseInt(warmup.text(), warmup, problems, d.warmupEpochs()),
                parseDouble(learningRate.text(), learningRate, problems, d.learningRate()),
                parseInt(batch.text(), batch, problems, d.batchSize()),
                parseInt(epochs.text(), epochs, problems, d.epochs()), holdoutRows, seedValue);
    }

    private static int parseInt(String text, SettingField field, Map<String, String> problems, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.putIfAbsent(field.key(), "'" + text + "' is not a whole number");
            return fallback;
        }
    }

    private static double parseDouble(String text, SettingField field, Map<String, String> problems,
            double fallback) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
            problems.putIfAbsent(field.key(), "must be a finite number");
        } catch (NumberFormatException e) {
            problems.putIfAbsent(field.key(), "'" + text + "' is not a number");
        }
        return fallback;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%s", v);
    }
}
