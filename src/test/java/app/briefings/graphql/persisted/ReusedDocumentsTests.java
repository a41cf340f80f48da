package app.briefings.graphql.persisted;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link ReusedDocuments} keeps and what it leaves to others. */
class ReusedDocumentsTests {

	private final AtomicInteger delegated = new AtomicInteger();

	private final ReusedDocuments documents = new ReusedDocuments((input, parse) -> {
		this.delegated.incrementAndGet();
		return java.util.concurrent.CompletableFuture.completedFuture(parse.apply(input));
	});

	@Test
	void shouldHandTheSameDocumentToEqualRequests() {
		AtomicInteger parses = new AtomicInteger();
		PreparsedDocumentEntry first = this.documents.getDocumentAsync(input("{ a }"), valid(parses)).join();
		PreparsedDocumentEntry second = this.documents.getDocumentAsync(input("{ a }"), valid(parses)).join();

		assertThat(second).isSameAs(first);
		assertThat(parses).hasValue(1);
	}

	@Test
	void shouldNotKeepADocumentWithErrors() {
		AtomicInteger parses = new AtomicInteger();
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = (input) -> {
			parses.incrementAndGet();
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
		};

		this.documents.getDocumentAsync(input("{ b }"), invalid).join();
		this.documents.getDocumentAsync(input("{ b }"), invalid).join();

		assertThat(parses).hasValue(2);
		assertThat(this.documents.size()).isZero();
	}

	@Test
	void shouldLeaveAutomaticPersistedQueriesToTheirSupport() {
		AtomicInteger parses = new AtomicInteger();
		ExecutionInput persisted = ExecutionInput.newExecutionInput("{ c }")
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "x")))
			.build();

		this.documents.getDocumentAsync(persisted, valid(parses)).join();

		assertThat(this.delegated).hasValue(1);
		assertThat(this.documents.size()).isZero();
	}

	@Test
	void shouldNotKeepLongDocuments() {
		AtomicInteger parses = new AtomicInteger();
		String longQuery = "{ d }" + " ".repeat(ReusedDocuments.MAX_QUERY_CHARS);

		this.documents.getDocumentAsync(input(longQuery), valid(parses)).join();
		this.documents.getDocumentAsync(input(longQuery), valid(parses)).join();

		assertThat(parses).hasValue(2);
	}

	@Test
	void shouldHoldAtMostItsBound() {
		AtomicInteger parses = new AtomicInteger();
		for (int i = 0; i < ReusedDocuments.MAX_ENTRIES + 50; i++) {
			this.documents.getDocumentAsync(input("{ e" + i + " }"), valid(parses)).join();
		}

		assertThat(this.documents.size()).isEqualTo(ReusedDocuments.MAX_ENTRIES);
	}

	@Test
	void shouldHoldAtMostItsEstimatedHeap() {
		AtomicInteger parses = new AtomicInteger();
		String padding = " ".repeat(ReusedDocuments.MAX_QUERY_CHARS - 20);
		for (int i = 0; i < 300; i++) {
			this.documents.getDocumentAsync(input("{ f" + i + " }" + padding), valid(parses)).join();
			assertThat(this.documents.bytes()).isLessThanOrEqualTo(ReusedDocuments.MAX_BYTES);
		}

		assertThat(this.documents.size()).isLessThan(300);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

	private static Function<ExecutionInput, PreparsedDocumentEntry> valid(AtomicInteger parses) {
		return (input) -> {
			parses.incrementAndGet();
			return new PreparsedDocumentEntry(Document.newDocument().build());
		};
	}

}
