package app.briefings.sync;

import java.time.Instant;
import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.RetractedBriefingReaders;
import app.briefings.briefing.Source;
import app.briefings.graphql.paging.Edge;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The edges of logged changes made once and shared by every follower that sees them
 * alike, never with a briefing other than the one a follower was handed, and never for a
 * retracted briefing that callers see differently.
 */
class SharedChangeEdgesTests {

	private static final Instant CHANGED_AT = Instant.parse("2026-12-01T00:00:00Z");

	private final RetractedBriefingReaders readers = mock(RetractedBriefingReaders.class);

	private final SharedChangeEdges edges = new SharedChangeEdges(
			new BriefingChanges(mock(ChangeLogReader.class), mock(BriefingRepository.class), this.readers, 100), 3);

	SharedChangeEdgesTests() {
		given(this.readers.asSeenBy(any(), any())).willAnswer((call) -> call.getArgument(1));
	}

	@Test
	void shouldMakeAnEdgeOnceForEveryFollowerOfTheSameChangeAndBriefing() {
		ChangeEntry entry = entry(7, BriefingChangeKind.PUBLISHED);
		Briefing briefing = briefing("b-7", BriefingStatus.PUBLISHED);

		Edge<BriefingChange> first = this.edges.edge(entry, briefing, null);
		Edge<BriefingChange> second = this.edges.edge(entry, briefing, mock(Authentication.class));

		assertThat(second).isSameAs(first);
		assertThat(this.edges.made()).isEqualTo(1);
		assertThat(first.cursor()).isEqualTo(new SyncToken(7).encode());
		assertThat(first.node().briefing()).isSameAs(briefing);
		assertThat(first.node().version()).isEqualTo(1);
	}

	@Test
	void shouldMakeANewEdgeForANewerReadOfTheBriefing() {
		ChangeEntry entry = entry(7, BriefingChangeKind.CORRECTED);
		Briefing older = briefing("b-7", BriefingStatus.PUBLISHED);
		Briefing newer = briefing("b-7", BriefingStatus.PUBLISHED);

		Edge<BriefingChange> first = this.edges.edge(entry, older, null);
		Edge<BriefingChange> second = this.edges.edge(entry, newer, null);

		assertThat(second.node().briefing()).isSameAs(newer);
		assertThat(first.node().briefing()).isSameAs(older);
		assertThat(this.edges.made()).isEqualTo(2);
	}

	@Test
	void shouldMakeTheChangeOfARetractedBriefingForEachCaller() {
		ChangeEntry entry = entry(8, BriefingChangeKind.CORRECTED);
		Briefing retracted = briefing("b-8", BriefingStatus.RETRACTED);
		Authentication editor = mock(Authentication.class);
		given(this.readers.asSeenBy(editor, retracted)).willReturn(retracted);
		given(this.readers.asSeenBy(null, retracted)).willReturn(null);

		Edge<BriefingChange> anonymous = this.edges.edge(entry, retracted, null);
		Edge<BriefingChange> edited = this.edges.edge(entry, retracted, editor);

		assertThat(anonymous.node().briefing()).isNull();
		assertThat(edited.node().briefing()).isSameAs(retracted);
		assertThat(this.edges.made()).isEqualTo(2);
	}

	@Test
	void shouldShareRetractionsAndChangesOfBriefingsThatAreGone() {
		ChangeEntry retraction = entry(9, BriefingChangeKind.RETRACTED);
		ChangeEntry gone = entry(10, BriefingChangeKind.PUBLISHED);
		Briefing retracted = briefing("b-9", BriefingStatus.RETRACTED);

		assertThat(this.edges.edge(retraction, retracted, null))
			.isSameAs(this.edges.edge(retraction, retracted, mock(Authentication.class)));
		assertThat(this.edges.edge(gone, null, null)).isSameAs(this.edges.edge(gone, null, null));
		assertThat(this.edges.edge(retraction, retracted, null).node().briefing()).isNull();
		assertThat(this.edges.made()).isEqualTo(2);
	}

	@Test
	void shouldStayWithinItsBound() {
		Briefing briefing = briefing("b", BriefingStatus.PUBLISHED);
		for (int sequence = 1; sequence <= 4; sequence++) {
			this.edges.edge(entry(sequence, BriefingChangeKind.PUBLISHED), briefing, null);
		}

		this.edges.edge(entry(1, BriefingChangeKind.PUBLISHED), briefing, null);

		assertThat(this.edges.made()).isEqualTo(5);
	}

	private static ChangeEntry entry(long sequence, BriefingChangeKind kind) {
		return new ChangeEntry(sequence, "b-" + sequence, kind, 1, CHANGED_AT);
	}

	private static Briefing briefing(String id, BriefingStatus status) {
		return new Briefing(id, "document-" + id, 0, "Title " + id, "Body", null, CHANGED_AT, DateSource.ITEM, "en",
				new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", status, CHANGED_AT);
	}

}
