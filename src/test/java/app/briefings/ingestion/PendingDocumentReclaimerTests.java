package app.briefings.ingestion;

import java.util.List;
import java.util.Optional;

import app.briefings.ingestion.document.DocumentStore;
import app.briefings.ingestion.document.InconsistentDocuments;
import app.briefings.mongo.ShutdownHistory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Start-up completion reads every briefing only when the storage may have stopped between
 * two writes; after a clean shutdown it completes the pending documents alone.
 */
class PendingDocumentReclaimerTests {

	private final InconsistentDocuments inconsistent = mock(InconsistentDocuments.class);

	private final DocumentStore documents = mock(DocumentStore.class);

	private final IngestionService ingestion = mock(IngestionService.class);

	@Test
	void shouldCompleteOnlyPendingDocumentsAfterACleanShutdown() {
		given(this.inconsistent.pendingIds()).willReturn(List.of("d-pending"));
		given(this.documents.findById("d-pending")).willReturn(Optional.empty());

		reclaimer(() -> true).run(null);

		then(this.inconsistent).should(never()).ids();
		then(this.documents).should().findById("d-pending");
	}

	@Test
	void shouldCheckEveryDocumentAfterAnUncleanShutdown() {
		given(this.inconsistent.ids()).willReturn(List.of("d-done-without-briefings"));

		reclaimer(() -> false).run(null);

		then(this.inconsistent).should(never()).pendingIds();
		then(this.documents).should().findById("d-done-without-briefings");
	}

	@Test
	void shouldCheckEveryDocumentWhenTheDatabaseKeepsNoShutdownHistory() {
		given(this.inconsistent.ids()).willReturn(List.of());

		new PendingDocumentReclaimer(this.inconsistent, this.documents, this.ingestion,
				new StaticListableBeanFactory().getBeanProvider(ShutdownHistory.class))
			.run(null);

		then(this.inconsistent).should().ids();
		then(this.inconsistent).should(never()).pendingIds();
	}

	private PendingDocumentReclaimer reclaimer(ShutdownHistory history) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("shutdownHistory", history);
		return new PendingDocumentReclaimer(this.inconsistent, this.documents, this.ingestion,
				beans.getBeanProvider(ShutdownHistory.class));
	}

}
