package app.briefings.graphql.subscription;

import java.util.HashMap;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a {@link ShareKey} holds of a subscription's selection and variables. */
class ShareKeyTests {

	@Test
	void shouldKeepOnlyTheVariablesTheSelectionUses() {
		ShareKey key = keyOf("""
				subscription S($after: String, $lang: String, $l: Boolean, $langs: Int) {
				  briefingChanged(after: $after) { node { title(language: $lang) summary @include(if: $l) } }
				}""", variables("after", "A", "lang", "en", "l", true, "langs", 3));

		assertThat(key.variables()).containsOnlyKeys("lang", "l");
		assertThat(key.variables()).containsEntry("lang", "en").containsEntry("l", true);
	}

	@Test
	void shouldFindVariablesUsedInFragmentsAndAtTheEndOfTheText() {
		ShareKey key = keyOf("""
				subscription S($after: String, $x_1: Int, $x: Int) {
				  briefingChanged(after: $after) { ...F }
				}
				fragment F on BriefingChangeEdge { node { a(n: $x_1) } }""", variables("after", "A", "x_1", 1, "x", 2));

		assertThat(key.variables()).containsOnlyKeys("x_1");
	}

	@Test
	void shouldShareBetweenSubscribersResumingFromDifferentTokens() {
		String query = "subscription S($after: String) { briefingChanged(after: $after) { cursor } }";

		assertThat(keyOf(query, variables("after", "A"))).isEqualTo(keyOf(query, variables("after", "B")));
	}

	private static ShareKey keyOf(String query, Map<String, @Nullable Object> variables) {
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Field subscribed = (Field) operation.getSelectionSet().getSelections().get(0);
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.put(fragment.getName(), fragment);
		}
		return ShareKey.of(MergedField.newMergedField(subscribed).build(), fragments, CoercedVariables.of(variables),
				"rights");
	}

	private static Map<String, @Nullable Object> variables(Object... namesAndValues) {
		Map<String, @Nullable Object> variables = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

}
