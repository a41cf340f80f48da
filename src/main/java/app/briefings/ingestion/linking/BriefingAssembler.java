package app.briefings.ingestion.linking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DatePrecision;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.Mention;
import app.briefings.briefing.MentionedDate;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.briefing.Quote;
import app.briefings.briefing.QuoteKind;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.extraction.DocumentExtractor;
import app.briefings.ingestion.extraction.EntityRef;
import app.briefings.ingestion.extraction.EntityType;
import app.briefings.ingestion.extraction.ExtractedDate;
import app.briefings.ingestion.extraction.ExtractedItem;
import app.briefings.ingestion.extraction.ExtractedMention;
import app.briefings.ingestion.extraction.ExtractedQuote;
import app.briefings.ingestion.extraction.PrintedDate;
import app.briefings.ingestion.extraction.Span;

/**
 * Turns an extracted item of a raw document into the briefing that is stored, with every
 * entity reference replaced by its stored id, at the document's version.
 */
public final class BriefingAssembler {

	private static final int TITLE_FALLBACK_LENGTH = 120;

	private final RawDocument document;

	private final Map<EntityRef, String> entityIds;

	public BriefingAssembler(RawDocument document, Map<EntityRef, String> entityIds) {
		this.document = document;
		this.entityIds = entityIds;
	}

	public Briefing assemble(int itemIndex, ExtractedItem item) {
		List<Mention> mentions = mentions(item);
		Instant publishedAt = publishedAt(item);
		return new Briefing(Briefing.idFor(this.document.id(), itemIndex), this.document.id(), itemIndex, title(item),
				item.body(), item.summary(), publishedAt, dateSource(item), item.language(), source(item), item.tags(),
				quotes(item, LocalDate.ofInstant(publishedAt, ZoneOffset.UTC)), mentions, dates(item),
				idsOf(mentions, MentionedEntityType.OFFICIAL), idsOf(mentions, MentionedEntityType.ORGANIZATION),
				idsOf(mentions, MentionedEntityType.OPERATION), idsOf(mentions, MentionedEntityType.PLACE),
				idsOf(mentions, MentionedEntityType.EVENT), DocumentExtractor.VERSION, BriefingStatus.PUBLISHED,
				this.document.receivedAt(), this.document.version());
	}

	private static String title(ExtractedItem item) {
		if (!item.title().isBlank()) {
			return item.title();
		}
		String body = item.body().strip();
		return (body.length() <= TITLE_FALLBACK_LENGTH) ? body : body.substring(0, TITLE_FALLBACK_LENGTH) + "…";
	}

	private Instant publishedAt(ExtractedItem item) {
		PrintedDate printed = item.printedDate();
		if (printed != null) {
			LocalTime time = (printed.time() != null) ? printed.time() : LocalTime.MIDNIGHT;
			return printed.date().atTime(time).toInstant(ZoneOffset.UTC);
		}
		return (this.document.publishedAt() != null) ? this.document.publishedAt() : this.document.receivedAt();
	}

	private DateSource dateSource(ExtractedItem item) {
		if (item.printedDate() != null) {
			return DateSource.ITEM;
		}
		return (this.document.publishedAt() != null) ? DateSource.DOCUMENT : DateSource.INGESTION;
	}

	private Source source(ExtractedItem item) {
		String url = (item.url() != null) ? item.url() : this.document.sourceUrl();
		return new Source(this.document.sourceName(), url, item.author());
	}

	private List<Quote> quotes(ExtractedItem item, LocalDate spokenOn) {
		List<Quote> quotes = new ArrayList<>(item.quotes().size());
		for (ExtractedQuote quote : item.quotes()) {
			String speakerId = (quote.speaker() != null) ? this.entityIds.get(quote.speaker()) : null;
			quotes.add(new Quote(quote.text(), QuoteKind.valueOf(quote.kind().name()), span(quote.span()),
					quote.confidence(), speakerId, quote.speakerAsWritten(), quote.roleAsWritten(), quote.verb(),
					spokenOn));
		}
		return quotes;
	}

	private List<Mention> mentions(ExtractedItem item) {
		List<Mention> mentions = new ArrayList<>(item.mentions().size());
		for (ExtractedMention mention : item.mentions()) {
			List<TextSpan> spans = new ArrayList<>(mention.spans().size());
			for (Span span : mention.spans()) {
				spans.add(span(span));
			}
			List<Integer> editions = (mention.entity().type() == EntityType.OPERATION)
					? EditionYears.in(item.body(), mention.spans()) : List.of();
			mentions.add(new Mention(mentionedType(mention.entity().type()), this.entityIds.get(mention.entity()),
					mention.surface(), spans, mention.confidence(), editions));
		}
		return mentions;
	}

	private static List<MentionedDate> dates(ExtractedItem item) {
		List<MentionedDate> dates = new ArrayList<>(item.dates().size());
		for (ExtractedDate date : item.dates()) {
			dates.add(new MentionedDate(date.date(), DatePrecision.valueOf(date.precision().name()), date.surface(),
					span(date.span())));
		}
		return dates;
	}

	private static List<String> idsOf(List<Mention> mentions, MentionedEntityType type) {
		Set<String> ids = new LinkedHashSet<>();
		for (Mention mention : mentions) {
			if (mention.entityType() == type) {
				ids.add(mention.entityId());
			}
		}
		return List.copyOf(ids);
	}

	private static MentionedEntityType mentionedType(EntityType type) {
		return MentionedEntityType.valueOf(type.name());
	}

	private static TextSpan span(Span span) {
		return new TextSpan(span.start(), span.end());
	}

}
