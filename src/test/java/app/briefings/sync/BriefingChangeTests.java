package app.briefings.sync;

import java.time.Instant;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash of a change, which every subscriber's event computes when it looks up the
 * result it shares with other subscribers: it must not depend on (so not walk) the
 * briefing, and must still agree with equality.
 */
class BriefingChangeTests {

	private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

	@Test
	void shouldHashAChangeWithoutItsBriefing() {
		BriefingChange shortBody = new BriefingChange("id", BriefingChangeKind.CORRECTED, 2, AT, briefing("Body"));
		BriefingChange longBody = new BriefingChange("id", BriefingChangeKind.CORRECTED, 2, AT,
				briefing("A much longer body ".repeat(1000)));
		assertThat(shortBody).isNotEqualTo(longBody);
		assertThat(shortBody.hashCode()).isEqualTo(longBody.hashCode());
	}

	@Test
	void shouldKeepEqualChangesEqualInHashAndTellTheirPartsApart() {
		BriefingChange one = new BriefingChange("id", BriefingChangeKind.CORRECTED, 2, AT, briefing("Body"));
		BriefingChange same = new BriefingChange("id", BriefingChangeKind.CORRECTED, 2, AT, briefing("Body"));
		BriefingChange tombstone = new BriefingChange("id", BriefingChangeKind.CORRECTED, 2, AT, null);
		BriefingChange later = new BriefingChange("id", BriefingChangeKind.CORRECTED, 3, AT, briefing("Body"));
		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(one).isNotEqualTo(tombstone).isNotEqualTo(later);
		assertThat(one.hashCode()).isNotEqualTo(tombstone.hashCode()).isNotEqualTo(later.hashCode());
	}

	private static Briefing briefing(String body) {
		return new Briefing("b-1", "doc-1", 0, "Title", body, null, AT, DateSource.ITEM, "en",
				new Source("Example wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, AT, 1);
	}

}
