package app.briefings.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay window's bounds in entries and bytes and what it answers for a token. */
class ReplayWindowTests {

	private static final Instant AT = Instant.parse("2026-12-06T20:00:00Z");

	@Test
	void shouldKeepTheLatestEntriesWithinItsBoundAndCoverOnlyTokensFromItsOldest() {
		ReplayWindow window = new ReplayWindow(5, Long.MAX_VALUE);
		window.restartAt(10);
		append(window, 11, 18);

		assertThat(window.size()).isEqualTo(5);
		assertThat(window.covers(12)).isFalse();
		assertThat(window.covers(13)).isTrue();
		assertThat(window.covers(18)).isTrue();
		assertThat(window.covers(19)).isFalse();
		assertThat(window.after(15).entries()).extracting(ChangeEntry::sequence).containsExactly(16L, 17L, 18L);
		assertThat(window.after(15).through()).isEqualTo(18);
		assertThat(window.after(18).entries()).isEmpty();
	}

	@Test
	void shouldDropTheOldestEntriesPastItsBoundInBytesAndHoldEachBriefingOnce() {
		Briefing large = briefing("large", "x".repeat(50_000));
		long oneEntry = EstimatedSize.ENTRY + EstimatedSize.of(large);
		ReplayWindow window = new ReplayWindow(1000, 3 * oneEntry);
		window.restartAt(0);
		window.append(List.of(entry(1, "large"), entry(2, "large"), entry(3, "large")), Map.of("large", large), 3);

		assertThat(window.size()).isEqualTo(3);
		assertThat(window.bytes()).isEqualTo(3 * EstimatedSize.ENTRY + EstimatedSize.of(large));

		Map<String, Briefing> others = new HashMap<>();
		for (int index = 4; index <= 6; index++) {
			others.put("b" + index, briefing("b" + index, "x".repeat(50_000)));
		}
		window.append(List.of(entry(4, "b4"), entry(5, "b5"), entry(6, "b6")), others, 6);

		assertThat(window.bytes()).isLessThanOrEqualTo(3 * oneEntry);
		assertThat(window.covers(3)).isTrue();
		assertThat(window.covers(2)).isFalse();
		assertThat(window.after(3).briefings()).containsOnlyKeys("b4", "b5", "b6");
	}

	@Test
	void shouldShowEveryEntryTheBriefingAsLastRead() {
		ReplayWindow window = new ReplayWindow(1000, Long.MAX_VALUE);
		window.restartAt(0);
		window.append(List.of(entry(1, "a")), Map.of("a", briefing("a", "first body")), 1);
		window.append(List.of(entry(2, "a")), Map.of("a", briefing("a", "corrected body")), 2);

		assertThat(window.after(0).briefings().get("a").body()).isEqualTo("corrected body");
	}

	@Test
	void shouldExtendBackToAnOlderTokenAndForgetWhatTheLogPruned() {
		ReplayWindow window = new ReplayWindow(1000, Long.MAX_VALUE);
		window.restartAt(10);
		append(window, 11, 12);
		window.prepend(List.of(entry(6, "b6"), entry(8, "b8"), entry(10, "b10")), Map.of(), 5);

		assertThat(window.covers(5)).isTrue();
		assertThat(window.after(5).entries()).extracting(ChangeEntry::sequence).containsExactly(6L, 8L, 10L, 11L, 12L);

		window.forgetThrough(8);

		assertThat(window.covers(7)).isFalse();
		assertThat(window.covers(8)).isTrue();
		assertThat(window.after(8).entries()).extracting(ChangeEntry::sequence).containsExactly(10L, 11L, 12L);
	}

	private static void append(ReplayWindow window, long first, long last) {
		List<ChangeEntry> entries = new ArrayList<>();
		Map<String, Briefing> briefings = new HashMap<>();
		for (long sequence = first; sequence <= last; sequence++) {
			entries.add(entry(sequence, "b" + sequence));
			briefings.put("b" + sequence, briefing("b" + sequence, "Body"));
		}
		window.append(entries, briefings, last);
	}

	private static ChangeEntry entry(long sequence, String briefingId) {
		return new ChangeEntry(sequence, briefingId, BriefingChangeKind.PUBLISHED, 1, AT);
	}

	private static Briefing briefing(String id, String body) {
		return new Briefing(id, "document-" + id, 0, "Title " + id, body, null, AT, DateSource.ITEM, "en",
				new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, AT);
	}

}
