package app.briefings.ingestion.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints what the extractor makes of a page, for looking at by eye. */
final class ExtractionDump {

	private ExtractionDump() {
	}

	public static void main(String[] args) throws Exception {
		DocumentExtractor extractor = new DocumentExtractor(KnowledgeBaseFiles.all());
		String text = Files.readString(Path.of(args[0]));
		LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
		ExtractedDocument document = extractor.extract(new ExtractionInput(text, null, published));
		for (ExtractedItem item : document.items()) {
			System.out.println("=== " + item.title() + " | " + item.language() + " | " + item.printedDate() + " | " + item.url()
					+ " | " + item.author() + " | " + item.tags());
			System.out.println("summary: " + item.summary());
			System.out.println("body: " + item.body().substring(0, Math.min(200, item.body().length())).replace("\n", "⏎"));
			item.mentions().forEach(m -> System.out.println("  M " + m.entity().type() + " " + m.entity().knownId() + " "
					+ m.entity().name() + " " + m.entity().aliases() + " kind=" + m.entity().kind() + " surface=" + m.surface()
					+ " role=" + m.role() + " n=" + m.spans().size()));
			item.quotes().forEach(q -> System.out.println("  Q " + q.kind() + " " + (q.speaker() == null ? null : q.speaker().name())
					+ " [" + q.speakerAsWritten() + "|" + q.roleAsWritten() + "|" + q.verb() + "] " + q.text()));
			item.dates().forEach(d -> System.out.println("  D " + d.date() + " " + d.precision() + " " + d.surface()));
		}
	}

}
