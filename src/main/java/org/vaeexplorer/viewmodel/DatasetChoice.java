package org.vaeexplorer.viewmodel;

/** A dataset the user can pick by name in the data pane; {@code toy} when it is drawn from a formula. */
public record DatasetChoice(String id, String label, boolean toy) {
    @Override
    public String toString() {
        return label;
    }
}
