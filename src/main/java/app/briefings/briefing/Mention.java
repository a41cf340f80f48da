package app.briefings.briefing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every occurrence of one entity in a briefing, embedded in the briefing.
 *
 * @param editions for an operation, the years of the editions its occurrences name
 * ("Rubezh-2025" is the 2025 edition of Rubezh), in ascending order; empty otherwise
 */
public record Mention(MentionedEntityType entityType, String entityId, String surface, List<TextSpan> spans,
		double confidence, List<Integer> editions) {

	public Mention {
		spans = List.copyOf(spans);
		editions = listOrEmpty(editions);
	}

	public Mention(MentionedEntityType entityType, String entityId, String surface, List<TextSpan> spans,
			double confidence) {
		this(entityType, entityId, surface, spans, confidence, List.of());
	}

	private static List<Integer> listOrEmpty(@Nullable List<Integer> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
