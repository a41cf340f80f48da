package app.briefings.ingestion.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every occurrence of one entity in one item.
 *
 * @param surface the first form in which the entity is written
 * @param spans each occurrence in the body, in order; empty for a place named only in the
 * item's dateline, which is not part of the body
 * @param role for officials, the title written with the first titled occurrence ("CSTO
 * Secretary General", "Armenian Foreign Minister"), else null
 */
public record ExtractedMention(EntityRef entity, String surface, List<Span> spans, double confidence,
		@Nullable String role) {

	public ExtractedMention {
		spans = List.copyOf(spans);
	}

}
