package org.vaeexplorer.model.settings;

/** One thing wrong with a setting: which field, and what is wrong with it, in words a user understands. */
public record ConfigProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
