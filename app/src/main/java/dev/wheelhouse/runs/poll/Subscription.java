package dev.wheelhouse.runs.poll;

/** Stops a listener: close it when the view goes away. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
