package app.briefings.briefing;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One news item as linked data. Quotes, mentions and dates are embedded because they
 * change together with the briefing; the id arrays repeat the linked entities for indexed
 * filtering.
 *
 * @param id derived from the document id and the item index, so re-ingestion overwrites
 * in place
 * @param documentId the raw document this briefing was extracted from
 * @param itemIndex the position of the item in its document, from 0
 * @param version the revision of the document this briefing was last written for, from 1:
 * a correction or a retraction of the document raises it
 * @param retractedAt when the briefing was retracted; null while it is published and for
 * briefings retracted before the time was kept
 * @param editorialRevision how many times editors changed what the briefing says (a
 * quote's speaker, a mention, a merge), from 0; kept across re-extraction, and added to
 * {@code version} in {@link #revision()}
 * @param editedAt when editors last changed what the briefing says, or null
 */
@Document(BriefingFields.COLLECTION)
public record Briefing(@Id String id, String documentId, int itemIndex, String title, String body,
		@Nullable String summary, Instant publishedAt, DateSource dateSource, @Nullable String language, Source source,
		List<String> tags, List<Quote> quotes, List<Mention> mentions, List<MentionedDate> dates,
		List<String> officialIds, List<String> organizationIds, List<String> operationIds, List<String> placeIds,
		List<String> eventIds, String extractorVersion, BriefingStatus status, Instant ingestedAt, int version,
		@Nullable Instant retractedAt, int editorialRevision, @Nullable Instant editedAt) {

	/**
	 * The first version of a briefing; also what briefings stored without one read as.
	 */
	public static final int FIRST_VERSION = 1;

	@PersistenceCreator
	public Briefing {
		version = Math.max(version, FIRST_VERSION);
		tags = listOrEmpty(tags);
		quotes = listOrEmpty(quotes);
		mentions = listOrEmpty(mentions);
		dates = listOrEmpty(dates);
		officialIds = listOrEmpty(officialIds);
		organizationIds = listOrEmpty(organizationIds);
		operationIds = listOrEmpty(operationIds);
		placeIds = listOrEmpty(placeIds);
		eventIds = listOrEmpty(eventIds);
		editorialRevision = Math.max(editorialRevision, 0);
	}

	/** A briefing that editors have not changed. */
	public Briefing(String id, String documentId, int itemIndex, String title, String body, @Nullable String summary,
			Instant publishedAt, DateSource dateSource, @Nullable String language, Source source, List<String> tags,
			List<Quote> quotes, List<Mention> mentions, List<MentionedDate> dates, List<String> officialIds,
			List<String> organizationIds, List<String> operationIds, List<String> placeIds, List<String> eventIds,
			String extractorVersion, BriefingStatus status, Instant ingestedAt, int version,
			@Nullable Instant retractedAt) {
		this(id, documentId, itemIndex, title, body, summary, publishedAt, dateSource, language, source, tags, quotes,
				mentions, dates, officialIds, organizationIds, operationIds, placeIds, eventIds, extractorVersion,
				status, ingestedAt, version, retractedAt, 0, null);
	}

	/** A briefing at this version, not retracted. */
	public Briefing(String id, String documentId, int itemIndex, String title, String body, @Nullable String summary,
			Instant publishedAt, DateSource dateSource, @Nullable String language, Source source, List<String> tags,
			List<Quote> quotes, List<Mention> mentions, List<MentionedDate> dates, List<String> officialIds,
			List<String> organizationIds, List<String> operationIds, List<String> placeIds, List<String> eventIds,
			String extractorVersion, BriefingStatus status, Instant ingestedAt, int version) {
		this(id, documentId, itemIndex, title, body, summary, publishedAt, dateSource, language, source, tags, quotes,
				mentions, dates, officialIds, organizationIds, operationIds, placeIds, eventIds, extractorVersion,
				status, ingestedAt, version, null);
	}

	/** A briefing at its first version. */
	public Briefing(String id, String documentId, int itemIndex, String title, String body, @Nullable String summary,
			Instant publishedAt, DateSource dateSource, @Nullable String language, Source source, List<String> tags,
			List<Quote> quotes, List<Mention> mentions, List<MentionedDate> dates, List<String> officialIds,
			List<String> organizationIds, List<String> operationIds, List<String> placeIds, List<String> eventIds,
			String extractorVersion, BriefingStatus status, Instant ingestedAt) {
		this(id, documentId, itemIndex, title, body, summary, publishedAt, dateSource, language, source, tags, quotes,
				mentions, dates, officialIds, organizationIds, operationIds, placeIds, eventIds, extractorVersion,
				status, ingestedAt, FIRST_VERSION);
	}

	/**
	 * What readers see as the briefing's version: the document's version plus the
	 * editors' changes, so that both raise it.
	 */
	public int revision() {
		return this.version + this.editorialRevision;
	}

	/**
	 * This briefing with other quotes and mentions, its id arrays recomputed from the
	 * mentions.
	 */
	public Briefing withLinks(List<Quote> quotes, List<Mention> mentions) {
		return new Briefing(this.id, this.documentId, this.itemIndex, this.title, this.body, this.summary,
				this.publishedAt, this.dateSource, this.language, this.source, this.tags, quotes, mentions, this.dates,
				idsOf(mentions, MentionedEntityType.OFFICIAL), idsOf(mentions, MentionedEntityType.ORGANIZATION),
				idsOf(mentions, MentionedEntityType.OPERATION), idsOf(mentions, MentionedEntityType.PLACE),
				idsOf(mentions, MentionedEntityType.EVENT), this.extractorVersion, this.status, this.ingestedAt,
				this.version, this.retractedAt, this.editorialRevision, this.editedAt);
	}

	/** This briefing with the editorial revision and edit time given. */
	public Briefing withEditorialRevision(int editorialRevision, @Nullable Instant editedAt) {
		return new Briefing(this.id, this.documentId, this.itemIndex, this.title, this.body, this.summary,
				this.publishedAt, this.dateSource, this.language, this.source, this.tags, this.quotes, this.mentions,
				this.dates, this.officialIds, this.organizationIds, this.operationIds, this.placeIds, this.eventIds,
				this.extractorVersion, this.status, this.ingestedAt, this.version, this.retractedAt, editorialRevision,
				editedAt);
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

	/**
	 * What readers other than its partner and editors see of a retracted briefing: its
	 * id, status, version, dates and extractor, without title, body, summary, source,
	 * tags, quotes, mentions or links.
	 */
	public Briefing tombstone() {
		return new Briefing(this.id, this.documentId, this.itemIndex, "", "", null, this.publishedAt, this.dateSource,
				null, new Source(null, null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), this.extractorVersion, this.status, this.ingestedAt, this.version,
				this.retractedAt, this.editorialRevision, this.editedAt);
	}

	private static <T> List<T> listOrEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	public static String idFor(String documentId, int itemIndex) {
		return documentId + "-" + itemIndex;
	}

}
