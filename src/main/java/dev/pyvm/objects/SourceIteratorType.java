package dev.pyvm.objects;

/**
 * An iterator over one container, its source: the one reference it owns, at word
 * {@code sourceWord} of the iterator (0 once the iterator has let go of it). Iterating returns
 * the iterator itself, as for every iterator.
 */
abstract class SourceIteratorType extends TypeSlots {
    private final int sourceWord;

    SourceIteratorType(ObjectSpace space, int sourceWord) {
        super(space);
        this.sourceWord = sourceWord;
    }

    @Override
    public void dealloc(int h) {
        int source = heap.getInt(h, sourceWord);
        if (source != 0) heap.decref(source);
        heap.free(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        int source = heap.getInt(h, sourceWord);
        if (source != 0) visit.accept(source);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public int iter(int h) {
        heap.incref(h);
        return h;
    }
}
