package app.briefings.graphql.subscription;

import java.util.HashMap;
import java.util.Map;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PrintedSelections} prints a parsed document's selection once and never mixes
 * documents.
 */
class PrintedSelectionsTests {

	private static final String QUERY = """
			subscription S($after: String, $lang: String) {
			  briefingChanged(after: $after) { cursor ...F }
			}
			fragment F on BriefingChangeEdge { node { briefing { title(language: $lang) } } }""";

	private final PrintedSelections selections = new PrintedSelections();

	@Test
	void shouldPrintTheSelectionOfOneParsedDocumentOnce() {
		Parsed parsed = Parsed.of(QUERY);

		ShareKey.Selection first = this.selections.of(parsed.subscribed(), parsed.fragments());
		ShareKey.Selection second = this.selections.of(parsed.subscribed(), parsed.fragments());

		assertThat(second).isSameAs(first);
		assertThat(first).isEqualTo(ShareKey.Selection.of(parsed.subscribed(), parsed.fragments()));
		assertThat(first.variableNames()).containsExactlyInAnyOrder("lang");
	}

	@Test
	void shouldPrintADocumentParsedAgainAnewWithTheSameText() {
		ShareKey.Selection first = this.selections.of(Parsed.of(QUERY).subscribed(), Parsed.of(QUERY).fragments());
		Parsed again = Parsed.of(QUERY);

		ShareKey.Selection second = this.selections.of(again.subscribed(), again.fragments());

		assertThat(second).isNotSameAs(first).isEqualTo(first);
	}

	@Test
	void shouldNotHandTheSameFieldTheTextOfOtherFragments() {
		Parsed parsed = Parsed.of(QUERY);
		this.selections.of(parsed.subscribed(), parsed.fragments());
		Parsed other = Parsed.of(QUERY.replace("title(language: $lang)", "summary"));

		ShareKey.Selection selection = this.selections.of(parsed.subscribed(), other.fragments());

		assertThat(selection.text()).contains("summary").doesNotContain("title");
		assertThat(selection.variableNames()).isEmpty();
	}

	@Test
	void shouldHoldABoundedNumberOfShortSelections() {
		for (int i = 0; i <= PrintedSelections.MAX_ENTRIES; i++) {
			Parsed parsed = Parsed.of(QUERY);
			this.selections.of(parsed.subscribed(), parsed.fragments());
		}
		assertThat(this.selections.size()).isBetween(1, PrintedSelections.MAX_ENTRIES);

		PrintedSelections fresh = new PrintedSelections();
		Parsed longOne = Parsed.of(QUERY.replace("cursor", "cursor " + "a: cursor ".repeat(500)));
		fresh.of(longOne.subscribed(), longOne.fragments());
		assertThat(fresh.size()).isZero();
	}

	private record Parsed(MergedField subscribed, Map<String, FragmentDefinition> fragments) {

		static Parsed of(String query) {
			Document document = Parser.parse(query);
			OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
			Field subscribed = (Field) operation.getSelectionSet().getSelections().get(0);
			Map<String, FragmentDefinition> fragments = new HashMap<>();
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				fragments.put(fragment.getName(), fragment);
			}
			return new Parsed(MergedField.newMergedField(subscribed).build(), fragments);
		}

	}

}
