package app.briefings.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.briefing.BriefingFields;
import app.briefings.editorial.EntityKind.EntityId;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What stored briefings say about an entity: which documents mention it, and the rewrite
 * of every reference to a merged entity (mentions, quote speakers, id arrays) into its
 * survivor, without duplicates. The rewrite replaces whole arrays, so it is optimistic:
 * it writes only while the briefing still has the version and the arrays it read (a
 * re-extraction at the same document version rewrites the arrays without raising the
 * version), and on a mismatch reads the briefing again and retries. A briefing still
 * changing after a few attempts is left to the re-extraction of its document, which the
 * merge starts anyway.
 */
@Component
class BriefingReferences {

	static final int MAX_DOCUMENTS = 2000;

	private static final int MAX_ATTEMPTS = 3;

	private static final Logger logger = LoggerFactory.getLogger(BriefingReferences.class);

	private static final String BRIEFINGS = BriefingFields.COLLECTION;

	private final MongoOperations mongo;

	private final BriefingEdits edits;

	BriefingReferences(MongoOperations mongo, BriefingEdits edits) {
		this.mongo = mongo;
		this.edits = edits;
	}

	/** The documents whose briefings mention the entity or quote it, at most 2000. */
	Set<String> documentsMentioning(EntityId entity) {
		Query query = new Query(referring(entity)).limit(MAX_DOCUMENTS);
		query.fields().include(BriefingFields.DOCUMENT_ID);
		Set<String> documentIds = new LinkedHashSet<>();
		for (Document briefing : this.mongo.find(query, Document.class, BRIEFINGS)) {
			documentIds.add(briefing.getString(BriefingFields.DOCUMENT_ID));
		}
		return documentIds;
	}

	/**
	 * Rewrites every briefing referring to {@code merged} to refer to {@code survivorId}.
	 */
	Rewrite replace(EntityId merged, String survivorId) {
		Set<String> documentIds = new LinkedHashSet<>();
		List<String> briefingIds = new ArrayList<>();
		List<Document> before = new ArrayList<>();
		for (Document read : this.mongo.find(new Query(referring(merged)), Document.class, BRIEFINGS)) {
			Document rewritten = rewrite(read, merged, survivorId);
			if (rewritten != null) {
				before.add(new Document(BriefingFields.ID, rewritten.get(BriefingFields.ID))
					.append(BriefingFields.VERSION, rewritten.getInteger(BriefingFields.VERSION, 1))
					.append(BriefingFields.MENTIONS, rewritten.get(BriefingFields.MENTIONS))
					.append(BriefingFields.QUOTES, rewritten.get(BriefingFields.QUOTES))
					.append(merged.kind().briefingIdsField(), rewritten.get(merged.kind().briefingIdsField())));
				briefingIds.add(String.valueOf(rewritten.get(BriefingFields.ID)));
			}
			documentIds.add(read.getString(BriefingFields.DOCUMENT_ID));
		}
		return new Rewrite(briefingIds, documentIds, before);
	}

	/**
	 * Rewrites one briefing as read, reading it again after a concurrent change; the
	 * briefing as it was before the rewrite, or null when none was made.
	 */
	private @Nullable Document rewrite(Document read, EntityId merged, String survivorId) {
		Document briefing = read;
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			if (rewriteAsRead(briefing, merged, survivorId)) {
				return briefing;
			}
			briefing = this.mongo.findOne(
					new Query(new Criteria().andOperator(
							Criteria.where(BriefingFields.ID).is(read.get(BriefingFields.ID)), referring(merged))),
					Document.class, BRIEFINGS);
			if (briefing == null) {
				return null;
			}
		}
		logger.warn("Briefing {} kept changing while {} was merged; the re-extraction of its document rewrites it",
				read.get(BriefingFields.ID), merged.id());
		return null;
	}

	private boolean rewriteAsRead(Document briefing, EntityId merged, String survivorId) {
		String idsField = merged.kind().briefingIdsField();
		Criteria asRead = Criteria.where(BriefingFields.ID)
			.is(briefing.get(BriefingFields.ID))
			.and(BriefingFields.VERSION)
			.is(briefing.get(BriefingFields.VERSION))
			.and(BriefingFields.MENTIONS)
			.is(briefing.get(BriefingFields.MENTIONS))
			.and(idsField)
			.is(briefing.get(idsField));
		Update update = new Update()
			.set(BriefingFields.MENTIONS,
					replacedMentions(briefing.getList(BriefingFields.MENTIONS, Document.class, List.of()), merged,
							survivorId))
			.set(idsField, replacedIds(briefing.getList(idsField, String.class, List.of()), merged.id(), survivorId));
		if (merged.kind() == EntityKind.OFFICIAL) {
			asRead.and(BriefingFields.QUOTES).is(briefing.get(BriefingFields.QUOTES));
			update.set(BriefingFields.QUOTES, replacedSpeakers(
					briefing.getList(BriefingFields.QUOTES, Document.class, List.of()), merged.id(), survivorId));
		}
		return this.edits.editedIf(asRead, briefing.getString(BriefingFields.DOCUMENT_ID), update);
	}

	/**
	 * The briefings a merge rewrote, their documents, and what they said of the merged
	 * entity before (version, mentions, quotes, id array).
	 */
	record Rewrite(List<String> briefingIds, Set<String> documentIds, List<Document> before) {

		int briefings() {
			return this.briefingIds.size();
		}

	}

	private static Criteria referring(EntityId entity) {
		Criteria byIds = Criteria.where(entity.kind().briefingIdsField()).is(entity.id());
		if (entity.kind() != EntityKind.OFFICIAL) {
			return byIds;
		}
		return new Criteria().orOperator(byIds, Criteria.where(BriefingFields.QUOTE_SPEAKER_ID).is(entity.id()));
	}

	static List<Document> replacedMentions(List<Document> mentions, EntityId merged, String survivorId) {
		String type = merged.kind().mentionedType().name();
		Document survivorMention = null;
		List<Document> replaced = new ArrayList<>(mentions.size());
		for (Document mention : mentions) {
			boolean ofType = type.equals(mention.getString(BriefingFields.ENTITY_TYPE));
			String entityId = mention.getString(BriefingFields.ENTITY_ID);
			if (!ofType || (!merged.id().equals(entityId) && !survivorId.equals(entityId))) {
				replaced.add(mention);
				continue;
			}
			if (survivorMention == null) {
				survivorMention = new Document(mention).append(BriefingFields.ENTITY_ID, survivorId);
				replaced.add(survivorMention);
				continue;
			}
			absorb(survivorMention, mention);
		}
		return replaced;
	}

	private static void absorb(Document into, Document mention) {
		List<Document> spans = new ArrayList<>(into.getList(BriefingFields.SPANS, Document.class, List.of()));
		for (Document span : mention.getList(BriefingFields.SPANS, Document.class, List.of())) {
			if (!spans.contains(span)) {
				spans.add(span);
			}
		}
		spans.sort((a, b) -> Integer.compare(a.getInteger(BriefingFields.START, 0),
				b.getInteger(BriefingFields.START, 0)));
		into.put(BriefingFields.SPANS, spans);
		double confidence = Math.max(into.get(BriefingFields.CONFIDENCE, 0.0),
				mention.get(BriefingFields.CONFIDENCE, 0.0));
		into.put(BriefingFields.CONFIDENCE, confidence);
	}

	static List<String> replacedIds(List<String> ids, String mergedId, String survivorId) {
		Set<String> replaced = new LinkedHashSet<>();
		for (String id : ids) {
			replaced.add(id.equals(mergedId) ? survivorId : id);
		}
		return new ArrayList<>(replaced);
	}

	private static List<Document> replacedSpeakers(List<Document> quotes, String mergedId, String survivorId) {
		List<Document> replaced = new ArrayList<>(quotes.size());
		for (Document quote : quotes) {
			Document copy = new Document(quote);
			if (mergedId.equals(copy.getString(BriefingFields.SPEAKER_ID))) {
				copy.put(BriefingFields.SPEAKER_ID, survivorId);
			}
			replaced.add(copy);
		}
		return replaced;
	}

}
