package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is dropped silently: over every evaluation document (the in-repo set and the
 * blind rounds), each line of the page is an item's title, stands in an item's body, or
 * is among the removed lines with its kind.
 */
class PageAccountingTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	static Stream<EvaluationPage> pages() {
		List<EvaluationPage> pages = new ArrayList<>(EvaluationPage.inRepo());
		EvaluationPage.blindRounds().values().forEach(pages::addAll);
		return pages.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void shouldAccountForEveryLineOfThePage(EvaluationPage page) {
		ExtractedDocument document = page.extractWith(EXTRACTOR);
		String text = TextNormalizer.normalize(page.text()).text();
		for (String line : LayoutClassifier.lines(text)) {
			assertThat(isAccountedFor(line, document)).as(page.name() + ": line not accounted for: " + line).isTrue();
		}
	}

	private static boolean isAccountedFor(String line, ExtractedDocument document) {
		for (ExtractedItem item : document.items()) {
			if (item.body().contains(line) || line.equals(item.title()) || isQuotedTitle(line, item.title())) {
				return true;
			}
		}
		for (RemovedLine removed : document.removed()) {
			if (removed.text().equals(line) || (isPrefixKind(removed.kind()) && line.startsWith(removed.text())
					&& isInSomeBody(line.substring(removed.text().length()).strip(), document))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A dateline, an author note's label, a bullet or the outlet's label of a question is
	 * removed from a line whose rest is body text.
	 */
	private static boolean isPrefixKind(LineKind kind) {
		return kind == LineKind.DATELINE || kind == LineKind.AUTHOR_NOTE || kind == LineKind.BULLET
				|| kind == LineKind.QUESTION;
	}

	private static boolean isQuotedTitle(String line, String title) {
		return line.length() == title.length() + 2 && line.contains(title);
	}

	private static boolean isInSomeBody(String prose, ExtractedDocument document) {
		for (ExtractedItem item : document.items()) {
			if (item.body().contains(prose)) {
				return true;
			}
		}
		return false;
	}

}
