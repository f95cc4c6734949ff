package org.vaeexplorer.model.data;

/** What a CSV column is for: a number the model learns, the class of each row, or nothing. */
public enum ColumnRole {
    FEATURE, LABEL, IGNORED
}
