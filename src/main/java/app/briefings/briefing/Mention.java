package app.briefings.briefing;

import java.util.List;

/** Every occurrence of one entity in a briefing, embedded in the briefing. */
public record Mention(MentionedEntityType entityType, String entityId, String surface, List<TextSpan> spans,
		double confidence) {

	public Mention {
		spans = List.copyOf(spans);
	}

}
