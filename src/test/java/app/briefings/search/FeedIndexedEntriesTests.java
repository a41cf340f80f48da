package app.briefings.search;

import app.briefings.sync.LoggedEntries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedIndexedEntriesTests {

	private final FeedIndexedEntries entries = new FeedIndexedEntries();

	@Test
	void shouldHoldEntriesIndexedOutOfOrderOnceTheyJoinUp() {
		this.entries.indexed(new LoggedEntries(21, 30));
		this.entries.indexed(new LoggedEntries(1, 10));
		assertThat(this.entries.holdsAll(0, 30)).isFalse();
		this.entries.indexed(new LoggedEntries(11, 20));
		assertThat(this.entries.holdsAll(0, 30)).isTrue();
		assertThat(this.entries.holdsAll(5, 25)).isTrue();
		assertThat(this.entries.holdsAll(0, 31)).isFalse();
	}

	@Test
	void shouldNotHoldAGapOrEntriesBeforeTheFirstIndexed() {
		this.entries.indexed(new LoggedEntries(5, 10));
		this.entries.indexed(new LoggedEntries(12, 20));
		assertThat(this.entries.holdsAll(4, 10)).isTrue();
		assertThat(this.entries.holdsAll(3, 10)).isFalse();
		assertThat(this.entries.holdsAll(4, 12)).isFalse();
		assertThat(this.entries.holdsAll(11, 20)).isTrue();
	}

	@Test
	void shouldHoldNothingToReadWhenNothingWasLoggedSince() {
		assertThat(this.entries.holdsAll(7, 7)).isTrue();
		assertThat(this.entries.holdsAll(7, 8)).isFalse();
	}

	@Test
	void shouldIgnoreEntriesWithoutSequenceNumbers() {
		this.entries.indexed(LoggedEntries.NONE);
		assertThat(this.entries.holdsAll(0, 1)).isFalse();
	}

	@Test
	void shouldVouchForNothingOnceTooManySeparateRangesWereHeld() {
		for (int range = 0; range <= FeedIndexedEntries.MOST_RANGES; range++) {
			this.entries.indexed(new LoggedEntries(range * 10L, range * 10L));
		}
		this.entries.indexed(new LoggedEntries(100_000, 100_010));
		assertThat(this.entries.holdsAll(99_999, 100_010)).isFalse();
	}

}
