package app.briefings.ingestion;

import java.util.List;

import app.briefings.IntegrationTest;
import app.briefings.MongoCommandCounter;
import app.briefings.ingestion.document.IngestDocumentInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingesting a document costs a fixed, small number of MongoDB commands whatever the
 * number of its items: its briefings, their change-log entries and the search index are
 * written in one batch each, not one command per briefing, and the search index takes the
 * briefings of a new document as written, without reading them back.
 */
@IntegrationTest
class IngestionCommandCountIntegrationTests {

	private static final String ITEM = """
			MINSK, March %1$d (BelTA) - CSTO Secretary General Imangali Tasmagambetov said on the %1$dth that \
			the CSTO would hold the Rubezh training near Issyk-Kul in the autumn, report %2$s.
			"We are ready to host the contingents," Tasmagambetov told reporters after the meeting.

			""";

	@Autowired
	IngestionService ingestion;

	@Test
	void shouldWriteTheBriefingsOfAFourItemDocumentInAFewCommands() {
		List<String> commands = commandsToIngest(documentOf(4, "four"), 4);
		assertThat(commands).as("commands to ingest a document of four items: %s", commands)
			.hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void shouldLogTheChangesWithOneReservationAndOneInsertWithoutReleasingIt() {
		List<String> commands = commandsToIngest(documentOf(3, "logged"), 3);
		assertThat(commands.stream().filter("update briefingChangeSequence"::equals))
			.as("updates of the change log's sequence in %s", commands)
			.hasSize(1);
		assertThat(commands.stream().filter("insert briefingChanges"::equals))
			.as("inserts of change log entries in %s", commands)
			.hasSize(1);
	}

	@Test
	void shouldIndexTheBriefingsOfANewDocumentWithoutReadingThemBack() {
		List<String> commands = commandsToIngest(documentOf(2, "index"), 2);
		assertThat(commands).as("commands to ingest a new document: %s", commands).doesNotContain("find briefings");
	}

	@Test
	void shouldInsertANewDocumentWithAnExternalIdWithoutLookingItUp() {
		List<String> commands = commandsToIngest(documentOf(1, "one"), 1);
		assertThat(commands).as("commands to ingest a new document with an external ID: %s", commands)
			.doesNotContain("find documents")
			.startsWith("insert documents");
	}

	@Test
	void shouldSendAsManyCommandsForEightItemsAsForTwo() {
		List<String> two = commandsToIngest(documentOf(2, "two"), 2);
		List<String> eight = commandsToIngest(documentOf(8, "eight"), 8);
		assertThat(eight).as("commands for eight items %s and for two %s", eight, two).hasSameSizeAs(two);
	}

	private List<String> commandsToIngest(String text, int items) {
		IngestDocumentInput input = new IngestDocumentInput(text, "Count wire", null, "2026-03-01", "en",
				"command-count-" + System.nanoTime());
		MongoCommandCounter.reset();
		IngestionResult result = this.ingestion.ingestOne(input, "command-count");
		List<String> commands = MongoCommandCounter.commandsOfThisThread();
		assertThat(result.outcome()).isEqualTo(IngestOutcome.CREATED);
		assertThat(result.briefings()).hasSize(items);
		System.out.println("[ingestion tests] MongoDB commands to ingest a document of " + items + " items: "
				+ commands.size() + " " + commands);
		return commands;
	}

	private static String documentOf(int items, String run) {
		StringBuilder text = new StringBuilder();
		for (int item = 1; item <= items; item++) {
			text.append(ITEM.formatted(item, run + "-" + item + "-" + System.nanoTime()));
		}
		return text.toString();
	}

}
