package org.vaeexplorer.model.data;

/** Told how far a file's reading is, and asked between chunks of rows whether to stop. */
public interface ReadProgress {
    /** Reading without anyone watching. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void bytesRead(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called from the reading thread after each chunk of rows. */
    void bytesRead(long done, long total);

    /** When true, reading stops with a {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();
}
