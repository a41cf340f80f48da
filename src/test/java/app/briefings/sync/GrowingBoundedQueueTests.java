package app.briefings.sync;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live batches waiting for one resumer: refused past the bound, in order, and held in
 * memory that grows with what waits rather than in the whole bound at once.
 */
class GrowingBoundedQueueTests {

	@Test
	void shouldRefuseAnElementOnceTheCapacityWaitsAndTakeOneAgainAfterAPoll() {
		Queue<Integer> queue = new GrowingBoundedQueue<>(40);
		for (int element = 0; element < 40; element++) {
			assertThat(queue.offer(element)).isTrue();
		}
		assertThat(queue.offer(40)).isFalse();
		assertThat(queue).hasSize(40);
		assertThat(queue.poll()).isZero();
		assertThat(queue.offer(41)).isTrue();
		assertThat(queue.offer(42)).isFalse();
	}

	@Test
	void shouldHandElementsOverInTheOrderTheyCame() {
		Queue<Integer> queue = new GrowingBoundedQueue<>(100);
		for (int element = 0; element < 50; element++) {
			queue.offer(element);
		}
		List<Integer> taken = new ArrayList<>();
		assertThat(queue.peek()).isZero();
		for (Integer element = queue.poll(); element != null; element = queue.poll()) {
			taken.add(element);
		}
		assertThat(taken).hasSize(50).isSorted();
		assertThat(queue.isEmpty()).isTrue();
	}

	@Test
	void shouldAllocateLittleForAQueueOfTenThousandThatHoldsNothing() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		List<Queue<Object>> made = new ArrayList<>();
		new GrowingBoundedQueue<>(10_000).offer("warm-up");
		long before = threads.getThreadAllocatedBytes(thread);
		for (int queue = 0; queue < 100; queue++) {
			made.add(new GrowingBoundedQueue<>(10_000));
		}
		long perQueue = (threads.getThreadAllocatedBytes(thread) - before) / made.size();
		assertThat(perQueue).isLessThan(1_024);
	}

}
