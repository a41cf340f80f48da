package app.briefings.live;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/**
 * A subscriber that never asks for an event, like a client that stopped reading; it keeps
 * the error its subscription ends with.
 */
final class StalledSubscriber<T> extends BaseSubscriber<T> {

	private final AtomicReference<Throwable> error = new AtomicReference<>();

	@Nullable Throwable error() {
		return this.error.get();
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
	}

	@Override
	protected void hookOnError(Throwable throwable) {
		this.error.set(throwable);
	}

}
