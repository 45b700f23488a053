package dev.wheelhouse.ui.logs;

import javafx.collections.ObservableListBase;

/**
 * The rows of the log list: the numbers 0..n-1, held as a count, not as n objects, so a list of
 * ten million lines costs nothing; it grows as the log arrives.
 */
final class LineNumbers extends ObservableListBase<Integer> {

    private int size;

    void grow(int newSize) {
        if (newSize <= size) {
            return;
        }
        int from = size;
        size = newSize;
        beginChange();
        nextAdd(from, newSize);
        endChange();
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
