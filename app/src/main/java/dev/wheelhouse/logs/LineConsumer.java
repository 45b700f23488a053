package dev.wheelhouse.logs;

import java.io.IOException;

/**
 * One reader of a log's lines in a {@link LogPass}: sccache's statistics, the failure reader.
 * Several share one pass over the bytes, each getting the lines its filter wants.
 */
public interface LineConsumer {

    /** The lines this consumer wants to see. */
    LineFilter filter();

    /** Whether the next line must be handed over whatever it is (inside a block, for context after a line). */
    boolean followsNextLine();

    /** Whether {@link LogReader#before(int)} must work: the lines above a line that matters are wanted. */
    default boolean wantsLookback() {
        return false;
    }

    /**
     * The reader stands at a line this consumer's filter or another's wants, or one it asked to
     * follow; the consumer checks which (e.g. {@link LineFilter#phraseAt}) before decoding.
     */
    void accept(LogReader line) throws IOException;

    /** The log has ended; {@link LogReader#number()} is its line count. */
    void finish(LogReader reader) throws IOException;
}
