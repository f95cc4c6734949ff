package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.HoldoutSplit;
import org.vaeexplorer.model.training.Trainer;

/**
 * Every setting of the model and its training, as {@link SettingsSchema} defines them, validated as typed: each
 * field carries its own problem, and {@link #configProperty()} holds a valid configuration or {@code null}. The
 * held-out rows are asked for as a share of the data ({@link SettingsSchema#HOLDOUT_PERCENT}).
 */
public final class SettingsViewModel {
    private final List<SettingField> fields = SettingsSchema.settings().stream()
            .filter(s -> s.kind() != Setting.Kind.CHOICE)
            .map(s -> new SettingField(s == SettingsSchema.HOLDOUT ? SettingsSchema.HOLDOUT_PERCENT : s))
            .toList();
    private final SettingField holdout = field(SettingsSchema.HOLDOUT.key());
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(
            SettingsSchema.ACTIVATION.defaultValue());
    private final ObjectProperty<Likelihood> likelihood = new SimpleObjectProperty<>(
            SettingsSchema.LIKELIHOOD.defaultValue());
    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(SettingsSchema.MODEL.defaultValue());
    private final ObjectProperty<HoldoutFrom> holdoutFrom = new SimpleObjectProperty<>(
            SettingsSchema.HOLDOUT_FROM.defaultValue());
    private final ReadOnlyStringWrapper holdoutSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VaeConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper likelihoodProblem = new ReadOnlyStringWrapper("");
    private final ObservableValue<DataSnapshot> data;
    private int dataRows = 1;
    private boolean loading;

    /** @param data the data the settings must suit (held-out rows, likelihood range, …); re-checked as it changes */
    SettingsViewModel(ObservableValue<DataSnapshot> data) {
        this.data = data;
        load(VaeConfig.defaults(), SettingsSchema.HOLDOUT_PERCENT.defaultValue());
        data.addListener((obs, was, now) -> {
            if (now != null) {
                applyDataDefaults(now.data());
            }
        });
        for (SettingField f : fields) {
            f.textProperty().addListener((obs, was, now) -> revalidate());
        }
        activation.addListener((obs, was, now) -> revalidate());
        likelihood.addListener((obs, was, now) -> revalidate());
        model.addListener((obs, was, now) -> revalidate());
        holdoutFrom.addListener((obs, was, now) -> revalidate());
        revalidate();
    }

    /** The typed settings, in form order (the choices are {@link #activationProperty} and {@link #likelihoodProperty}). */
    public List<SettingField> fields() {
        return fields;
    }

    public SettingField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** The label, help and choices of the activation. */
    public Setting<Activation> activationSetting() {
        return SettingsSchema.ACTIVATION;
    }

    public ObjectProperty<Likelihood> likelihoodProperty() {
        return likelihood;
    }

    /** The label, help and choices (with their labels) of the likelihood. */
    public Setting<Likelihood> likelihoodSetting() {
        return SettingsSchema.LIKELIHOOD;
    }

    public ObjectProperty<ModelKind> modelProperty() {
        return model;
    }

    /** The label, help and choices of the model: a VAE or a plain autoencoder. */
    public Setting<ModelKind> modelSetting() {
        return SettingsSchema.MODEL;
    }

    public ObjectProperty<HoldoutFrom> holdoutFromProperty() {
        return holdoutFrom;
    }

    /** The label, help and choices of which rows are held out. */
    public Setting<HoldoutFrom> holdoutFromSetting() {
        return SettingsSchema.HOLDOUT_FROM;
    }

    /**
     * Which rows these settings hold out of the data loaded, in words (e.g. "held out: 18 of 178 rows, random,
     * stratified by label (seed 1)"); empty while the settings have a problem or there is no data.
     */
    public ReadOnlyStringProperty holdoutSummaryProperty() {
        return holdoutSummary.getReadOnlyProperty();
    }

    /** The settings as a configuration, or {@code null} while any field has a problem. */
    public ReadOnlyObjectProperty<VaeConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What is wrong with the chosen likelihood for the data, or empty. */
    public ReadOnlyStringProperty likelihoodProblemProperty() {
        return likelihoodProblem.getReadOnlyProperty();
    }

    /**
     * Every setting as its schema key and its text as typed (choices by their ids), in form order: what
     * {@link #restoreTexts} takes back, for remembering the settings between runs.
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Setting<?> s : SettingsSchema.settings()) {
            if (s == SettingsSchema.ACTIVATION) {
                texts.put(s.key(), activation.get() == null ? "" : SettingsSchema.ACTIVATION.format(activation.get()));
            } else if (s == SettingsSchema.LIKELIHOOD) {
                texts.put(s.key(), likelihood.get() == null ? "" : SettingsSchema.LIKELIHOOD.format(likelihood.get()));
            } else if (s == SettingsSchema.MODEL) {
                texts.put(s.key(), model.get() == null ? "" : SettingsSchema.MODEL.format(model.get()));
            } else if (s == SettingsSchema.HOLDOUT_FROM) {
                texts.put(s.key(), holdoutFrom.get() == null ? ""
                        : SettingsSchema.HOLDOUT_FROM.format(holdoutFrom.get()));
            } else {
                texts.put(s.key(), field(s.key()).textProperty().get());
            }
        }
        return texts;
    }

    /**
     * Puts back texts from {@link #texts}: each typed field takes its text as it is (a bad one shows its problem);
     * a choice that no longer exists and keys that name no setting are ignored.
     */
    public void restoreTexts(Map<String, String> texts) {
        texts.forEach((key, text) -> {
            if (key.equals(SettingsSchema.ACTIVATION.key())) {
                restoreChoice(SettingsSchema.ACTIVATION, text, activation);
            } else if (key.equals(SettingsSchema.LIKELIHOOD.key())) {
                restoreChoice(SettingsSchema.LIKELIHOOD, text, likelihood);
            } else if (key.equals(SettingsSchema.MODEL.key())) {
                restoreChoice(SettingsSchema.MODEL, text, model);
            } else if (key.equals(SettingsSchema.HOLDOUT_FROM.key())) {
                restoreChoice(SettingsSchema.HOLDOUT_FROM, text, holdoutFrom);
            } else {
                fields.stream().filter(f -> f.key().equals(key)).findFirst()
                        .ifPresent(f -> f.textProperty().set(text));
            }
        });
    }

    private static <T> void restoreChoice(Setting<T> setting, String text, ObjectProperty<T> property) {
        try {
            property.set(setting.parse(text));
        } catch (InvalidConfigException e) {
            // Written by another version: the current choice stays.
        }
    }

    /**
     * Applies what follows from newly loaded data: the held-out share now counts its rows, and the likelihood
     * becomes the data's default where {@link SettingsSchema#likelihoodOnLoading} says so.
     */
    public void applyDataDefaults(Dataset data) {
        likelihood.set(SettingsSchema.likelihoodOnLoading(data, likelihood.get()));
        dataRows = Math.max(1, data.rows());
        revalidate();
    }

    /** Fills every field from a configuration; the held-out share is given in percent. */
    void load(VaeConfig c, int holdoutPercent) {
        // Checked once, whole: field by field, half-loaded configurations would reach the config's listeners.
        loading = true;
        try {
            Map<String, String> texts = SettingsSchema.toText(c);
            for (SettingField f : fields) {
                f.textProperty().set(f == holdout ? Integer.toString(holdoutPercent) : texts.get(f.key()));
            }
            activation.set(c.activation());
            likelihood.set(c.likelihood());
            model.set(c.model());
            holdoutFrom.set(c.holdoutFrom());
        } finally {
            loading = false;
        }
        revalidate();
    }

    private void revalidate() {
        if (loading) {
            return;
        }
        Map<String, String> problems = new HashMap<>();
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
        likelihoodProblem.set(problems.getOrDefault(SettingsSchema.LIKELIHOOD.key(), ""));
        boolean ok = problems.isEmpty();
        DataSnapshot shown = data.getValue();
        holdoutSummary.set(!ok || shown == null ? "" : HoldoutSplit.describe(candidate.holdoutRows(),
                shown.data().rows(), candidate.holdoutFrom(), shown.data().hasLabels(), candidate.seed()));
        config.set(ok ? candidate : null);
        valid.set(ok);
    }

    /**
     * The typed settings as a configuration; a field that does not parse is recorded in {@code problems} and left
     * at its default, so that the other fields are still checked.
     */
    private VaeConfig parse(Map<String, String> problems) {
        VaeConfig candidate = VaeConfig.defaults().withActivation(activation.get()).withLikelihood(likelihood.get())
                .withModel(model.get() == null ? SettingsSchema.MODEL.defaultValue() : model.get())
                .withHoldoutFrom(holdoutFrom.get() == null ? SettingsSchema.HOLDOUT_FROM.defaultValue()
                        : holdoutFrom.get());
        for (SettingField f : fields) {
            try {
                candidate = f == holdout ? candidate.withHoldoutRows(holdoutRows())
                        : SettingsSchema.withText(candidate, f.key(), f.text());
            } catch (InvalidConfigException e) {
                problems.put(f.key(), e.problems().get(0).message());
            }
        }
        return candidate;
    }

    private int holdoutRows() {
        int percent = SettingsSchema.HOLDOUT_PERCENT.parse(holdout.text());
        String problem = SettingsSchema.HOLDOUT_PERCENT.problemWith(percent);
        if (problem != null) {
            throw new InvalidConfigException(List.of(new ConfigProblem(holdout.key(), problem)));
        }
        return SettingsSchema.holdoutRows(dataRows, percent);
    }
}
