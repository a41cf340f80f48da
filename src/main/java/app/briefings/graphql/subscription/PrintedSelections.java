package app.briefings.graphql.subscription;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.language.FragmentDefinition;

/**
 * The {@link ShareKey.Selection} of each parsed subscription document, printed once: a
 * burst of resumers sends one document a thousand times, parsed once
 * ({@code graphql/persisted/ReusedDocuments}), and printing its selection again for every
 * {@code subscribe} was a measurable share of the burst. A selection is found by the very
 * field and fragment nodes it was printed from (nodes compare by identity), so a document
 * parsed again, or another document, is printed anew and can never take another's text.
 * At most {@value #MAX_ENTRIES} selections of at most {@value #MAX_TEXT} characters are
 * held; when full, every entry is dropped and the cache fills again.
 */
final class PrintedSelections {

	static final int MAX_ENTRIES = 256;

	static final int MAX_TEXT = 4_096;

	private final Map<Field, Printed> printed = new ConcurrentHashMap<>();

	ShareKey.Selection of(MergedField subscribed, Map<String, FragmentDefinition> fragments) {
		Printed held = this.printed.get(subscribed.getSingleField());
		if (held != null && held.isFor(subscribed.getFields(), fragments)) {
			return held.selection();
		}
		ShareKey.Selection selection = ShareKey.Selection.of(subscribed, fragments);
		if (selection.text().length() <= MAX_TEXT) {
			hold(subscribed, fragments, selection);
		}
		return selection;
	}

	int size() {
		return this.printed.size();
	}

	private void hold(MergedField subscribed, Map<String, FragmentDefinition> fragments, ShareKey.Selection selection) {
		if (this.printed.size() >= MAX_ENTRIES) {
			this.printed.clear();
		}
		this.printed.put(subscribed.getSingleField(),
				new Printed(List.copyOf(subscribed.getFields()), Map.copyOf(fragments), selection));
	}

	/** A printed selection with the nodes it was printed from. */
	private record Printed(List<Field> fields, Map<String, FragmentDefinition> fragments,
			ShareKey.Selection selection) {

		boolean isFor(List<Field> otherFields, Map<String, FragmentDefinition> otherFragments) {
			if (otherFields.size() != this.fields.size() || otherFragments.size() != this.fragments.size()) {
				return false;
			}
			for (int i = 0; i < otherFields.size(); i++) {
				if (otherFields.get(i) != this.fields.get(i)) {
					return false;
				}
			}
			for (Map.Entry<String, FragmentDefinition> fragment : otherFragments.entrySet()) {
				if (this.fragments.get(fragment.getKey()) != fragment.getValue()) {
					return false;
				}
			}
			return true;
		}

	}

}
