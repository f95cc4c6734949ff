package org.vaeexplorer.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.text.Texts;

/** One typed setting of {@link org.vaeexplorer.model.settings.SettingsSchema}: its text as the user types it, what is wrong with it (empty when nothing), and what it does. */
public final class SettingField {
    private final String key;
    private final String label;
    private final String help;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    SettingField(Setting<?> setting) {
        this.key = setting.key();
        this.label = setting.label();
        this.help = Texts.get("settings.help.allowed", setting.help(), setting.allowedText());
    }

    /** The name used in configuration problems ({@code lr}, {@code latent}, …). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the setting does to the model and the values it allows, for a tooltip. */
    public String help() {
        return help;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String value) {
        problem.set(value);
    }

    String text() {
        return text.get().trim();
    }
}
