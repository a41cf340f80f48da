package app.briefings.sync;

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.Queue;

import org.jspecify.annotations.Nullable;
import reactor.util.concurrent.Queues;

/**
 * A queue for one producer and one consumer that refuses an element once {@code capacity}
 * elements wait, and holds memory only for what waits: it grows in links of 16 as
 * elements arrive. Reactor's bounded queue takes its whole capacity, rounded up to a
 * power of two, when it is made; for the live batches that may wait for one resumer while
 * it replays (10,000 by default) that was 64 KB allocated and cleared for every
 * subscriber, though nearly every one of them waits for none.
 *
 * @param <T> the elements
 */
final class GrowingBoundedQueue<T> extends AbstractQueue<T> {

	private static final int LINK_SIZE = 16;

	private final Queue<T> elements = Queues.<T>unbounded(LINK_SIZE).get();

	private final int capacity;

	GrowingBoundedQueue(int capacity) {
		this.capacity = capacity;
	}

	@Override
	public boolean offer(T element) {
		if (this.elements.size() >= this.capacity) {
			return false;
		}
		return this.elements.offer(element);
	}

	@Override
	public @Nullable T poll() {
		return this.elements.poll();
	}

	@Override
	public @Nullable T peek() {
		return this.elements.peek();
	}

	@Override
	public int size() {
		return this.elements.size();
	}

	@Override
	public boolean isEmpty() {
		return this.elements.isEmpty();
	}

	@Override
	public void clear() {
		this.elements.clear();
	}

	@Override
	public Iterator<T> iterator() {
		return this.elements.iterator();
	}

}
