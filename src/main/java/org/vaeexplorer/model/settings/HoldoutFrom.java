package org.vaeexplorer.model.settings;

import org.vaeexplorer.text.Texts;

/**
 * Which rows are held out of training: a seeded random sample (stratified by label when the data has labels), or the
 * last rows of the file. Files sorted by class (most public tables) make the last rows one class only, which is why
 * the random sample is the default; a file written before this choice existed held out its last rows.
 */
public enum HoldoutFrom {
    /** A seeded random sample of the rows, each class in proportion when the data has labels. */
    RANDOM("random"),
    /** The last rows of the data, as every version before this choice did. */
    END("end");

    private final String id;

    HoldoutFrom(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How a form names it, in the user's language. */
    public String label() {
        return Texts.get("split.from." + id);
    }
}
