package org.cocworkflow.core.casefile;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that grows by {@link #plus} in constant amortized time: a case file is replayed one event at a
 * time, and copying its growing lists at every step would make replay quadratic in the number of events.
 *
 * <p>Versions share one buffer. Only the longest version may write into the buffer's free slot; the slot is
 * claimed under the buffer's lock, so two threads extending the same version each get a list of their own (the
 * second one copies). Elements written before a version is built are visible to every thread that sees the
 * version, since they are reachable through its final fields.
 *
 * @param <T> the elements; never null
 */
final class Log<T> extends AbstractList<T> implements RandomAccess {
    private static final Log<?> EMPTY = new Log<>(new Buffer(new Object[0]), 0);

    private final Buffer buffer;
    private final int size;
    // What a reader derives from this version of the log, kept so that every state sharing the version shares it.
    private volatile Object derived;

    private Log(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** The shared storage of a family of versions: the elements and how many of them some version holds. */
    private static final class Buffer {
        private final Object[] elements;
        private int used;

        Buffer(Object[] elements) {
            this.elements = elements;
        }

        synchronized boolean claim(int at) {
            if (used != at || at == elements.length) {
                return false;
            }
            used = at + 1;
            return true;
        }
    }

    /**
     * Returns the empty log.
     *
     * @param <T> the elements
     * @return the empty log
     */
    @SuppressWarnings("unchecked")
    static <T> Log<T> empty() {
        return (Log<T>) EMPTY;
    }

    /**
     * Returns a log of the given elements, in their order.
     *
     * @param elements the elements
     * @param <T> the elements
     * @return the log
     */
    static <T> Log<T> of(Iterable<? extends T> elements) {
        if (elements instanceof Log<?> log) {
            @SuppressWarnings("unchecked")
            Log<T> same = (Log<T>) log;
            return same;
        }
        Log<T> log = empty();
        for (T element : elements) {
            log = log.plus(element);
        }
        return log;
    }

    /**
     * Returns this log with one more element at its end; this log is unchanged.
     *
     * @param element the element
     * @return the longer log
     */
    Log<T> plus(T element) {
        Objects.requireNonNull(element, "element");
        if (buffer.claim(size)) {
            buffer.elements[size] = element;
            return new Log<>(buffer, size + 1);
        }
        Object[] grown = Arrays.copyOf(buffer.elements, Math.max(8, size * 2));
        Arrays.fill(grown, size, grown.length, null);
        grown[size] = element;
        Buffer next = new Buffer(grown);
        next.used = size + 1;
        return new Log<>(next, size + 1);
    }

    /**
     * Returns what a function derives from this version of the log. The log keeps one derived value: asked for the
     * type it keeps, it returns it; asked for another type, it computes that and keeps it instead (two threads may
     * both compute it, with equal results). The function must depend on the elements only.
     *
     * @param type the type of the derived value
     * @param derive computes it from the log
     * @param <R> the type of the derived value
     * @return the derived value
     */
    <R> R derived(Class<R> type, java.util.function.Function<? super Log<T>, ? extends R> derive) {
        Object kept = derived;
        if (type.isInstance(kept)) {
            return type.cast(kept);
        }
        R value = derive.apply(this);
        derived = value;
        return value;
    }

    /**
     * Returns the last element.
     *
     * @return the last element
     * @throws java.util.NoSuchElementException if the log is empty
     */
    T last() {
        if (size == 0) {
            throw new java.util.NoSuchElementException("the log is empty");
        }
        return get(size - 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) buffer.elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
