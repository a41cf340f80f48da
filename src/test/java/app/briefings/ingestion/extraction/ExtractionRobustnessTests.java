package app.briefings.ingestion.extraction;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the extractor empty, odd and cut-up pages: it must never fail and its spans must
 * stay true.
 */
class ExtractionRobustnessTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldFindNoItemsInAnEmptyOrNavigationOnlyPage() {
		assertThat(extract("").items()).isEmpty();
		assertThat(extract(" \n\r\n\t ").items()).isEmpty();
		assertThat(extract("Go back\n\nBack to the section\nНазад\nВсе новости").items()).isEmpty();
	}

	@Test
	void shouldSurviveUnbalancedQuotesAndStrayMarks() {
		assertSpansHold("«Unclosed «nested\n\"straight ” mixed „ low » end.\n“”\n\"\"\n— заявил\nsaid: \"");
	}

	@Test
	void shouldSurviveEveryCutOfEveryPage() throws IOException, URISyntaxException {
		Random random = new Random(20240607);
		for (String page : pages()) {
			for (int i = 0; i < 40; i++) {
				int start = random.nextInt(page.length());
				int end = start + random.nextInt(page.length() - start + 1);
				assertSpansHold(page.substring(start, end));
			}
		}
	}

	private static void assertSpansHold(String text) {
		for (ExtractedItem item : extract(text).items()) {
			ExtractionAssertions.assertSpansMatchBody(item);
		}
	}

	private static ExtractedDocument extract(String text) {
		return EXTRACTOR.extract(new ExtractionInput(text, null, LocalDate.of(2024, 6, 7)));
	}

	private static List<String> pages() throws IOException, URISyntaxException {
		List<String> pages = new ArrayList<>();
		pages.add(new String(
				ExtractionRobustnessTests.class.getResourceAsStream("/sample/000_fb8e1b19bee3b077.txt").readAllBytes(),
				StandardCharsets.UTF_8));
		Path directory = Path.of(ExtractionRobustnessTests.class.getResource("/extraction/pages").toURI());
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
				pages.add(Files.readString(file));
			}
		}
		return pages;
	}

}
