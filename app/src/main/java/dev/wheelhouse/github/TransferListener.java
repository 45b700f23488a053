package dev.wheelhouse.github;

/** Follows a download: how far it got, and whether the user still wants it. Called on the downloading thread. */
public interface TransferListener {

    /** Nobody listens; never cancelled. */
    TransferListener NONE = new TransferListener() {
        @Override
        public void progress(long bytes, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param bytes received so far
     * @param total the size GitHub announced, or -1
     */
    void progress(long bytes, long total);

    /** Checked between chunks: true stops the download and removes what was written. */
    boolean cancelled();
}
