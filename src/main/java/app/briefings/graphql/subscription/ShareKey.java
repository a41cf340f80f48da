package app.briefings.graphql.subscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.CoercedVariables;
import graphql.execution.MergedField;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What the result of a subscription's selection set for one event depends on besides the
 * event: the subscribed field as written without its arguments (alias, directives and
 * selection set), the fragments, the values of the variables these use and the caller's
 * rights. The root field's arguments ({@code after}, {@code filter}) only decide which
 * events a subscriber gets, so subscribers resuming from different tokens still share.
 *
 * @param selection the subscribed field without its arguments, then the fragments, as
 * compact GraphQL text
 * @param variables the values of the variables the selection uses
 * @param rights what changes what the caller may see
 */
record ShareKey(String selection, Map<String, @Nullable Object> variables, Object rights) {

	static ShareKey of(MergedField subscribed, Map<String, FragmentDefinition> fragments, CoercedVariables variables,
			Object rights) {
		return of(Selection.of(subscribed, fragments), variables, rights);
	}

	static ShareKey of(Selection selection, CoercedVariables variables, Object rights) {
		return new ShareKey(selection.text(), variablesUsedIn(selection.variableNames(), variables.toMap()), rights);
	}

	private static Map<String, @Nullable Object> variablesUsedIn(Set<String> referenced,
			Map<String, @Nullable Object> variables) {
		Map<String, @Nullable Object> used = new LinkedHashMap<>();
		for (Map.Entry<String, @Nullable Object> variable : variables.entrySet()) {
			if (referenced.contains(variable.getKey())) {
				used.put(variable.getKey(), variable.getValue());
			}
		}
		return used;
	}

	/**
	 * The subscribed field as written without its arguments, then the fragments, as
	 * compact GraphQL text, with the names of the variables the text uses.
	 *
	 * @param text the selection's text
	 * @param variableNames the names written after a {@code $} in the text
	 */
	record Selection(String text, Set<String> variableNames) {

		static Selection of(MergedField subscribed, Map<String, FragmentDefinition> fragments) {
			String text = textOf(subscribed, fragments);
			return new Selection(text, variableNamesIn(text));
		}

		private static String textOf(MergedField subscribed, Map<String, FragmentDefinition> fragments) {
			StringBuilder text = new StringBuilder();
			for (Field field : subscribed.getFields()) {
				text.append(AstPrinter.printAstCompact(field.transform((builder) -> builder.arguments(List.of()))));
				text.append('\n');
			}
			List<String> names = new ArrayList<>(fragments.keySet());
			names.sort(null);
			for (String name : names) {
				text.append(AstPrinter.printAstCompact(fragments.get(name))).append('\n');
			}
			return text.toString();
		}

		/**
		 * The names written after a {@code $} in the text, each the longest run of name
		 * characters there: one pass, where a pattern compiled per variable and
		 * subscriber was a measurable share of a burst of subscribes.
		 */
		private static Set<String> variableNamesIn(String selection) {
			Set<String> names = new HashSet<>();
			int dollar = selection.indexOf('$');
			while (dollar >= 0) {
				int end = dollar + 1;
				while (end < selection.length() && isNameCharacter(selection.charAt(end))) {
					end++;
				}
				names.add(selection.substring(dollar + 1, end));
				dollar = selection.indexOf('$', end);
			}
			return Set.copyOf(names);
		}

		private static boolean isNameCharacter(char character) {
			return character == '_' || (character >= '0' && character <= '9') || (character >= 'A' && character <= 'Z')
					|| (character >= 'a' && character <= 'z');
		}

	}

}
