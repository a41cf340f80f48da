package app.briefings.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.editorial.EntityKind.EntityId;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What stored briefings say about an entity: which documents mention it, and the rewrite
 * of every reference to a merged entity (mentions, quote speakers, id arrays) into its
 * survivor, without duplicates.
 */
@Component
class BriefingReferences {

	static final int MAX_DOCUMENTS = 2000;

	private static final String BRIEFINGS = "briefings";

	private final MongoOperations mongo;

	private final BriefingEdits edits;

	BriefingReferences(MongoOperations mongo, BriefingEdits edits) {
		this.mongo = mongo;
		this.edits = edits;
	}

	/** The documents whose briefings mention the entity or quote it, at most 2000. */
	Set<String> documentsMentioning(EntityId entity) {
		Query query = new Query(referring(entity)).limit(MAX_DOCUMENTS);
		query.fields().include("documentId");
		Set<String> documentIds = new LinkedHashSet<>();
		for (Document briefing : this.mongo.find(query, Document.class, BRIEFINGS)) {
			documentIds.add(briefing.getString("documentId"));
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
		for (Document briefing : this.mongo.find(new Query(referring(merged)), Document.class, BRIEFINGS)) {
			before.add(new Document("_id", briefing.get("_id")).append("version", briefing.getInteger("version", 1))
				.append("mentions", briefing.get("mentions"))
				.append("quotes", briefing.get("quotes"))
				.append(merged.kind().briefingIdsField(), briefing.get(merged.kind().briefingIdsField())));
			Update update = new Update()
				.set("mentions",
						replacedMentions(briefing.getList("mentions", Document.class, List.of()), merged, survivorId))
				.set(merged.kind().briefingIdsField(),
						replacedIds(briefing.getList(merged.kind().briefingIdsField(), String.class, List.of()),
								merged.id(), survivorId));
			if (merged.kind() == EntityKind.OFFICIAL) {
				update.set("quotes", replacedSpeakers(briefing.getList("quotes", Document.class, List.of()),
						merged.id(), survivorId));
			}
			String briefingId = String.valueOf(briefing.get("_id"));
			this.edits.edited(briefingId, briefing.getString("documentId"), update);
			documentIds.add(briefing.getString("documentId"));
			briefingIds.add(briefingId);
		}
		return new Rewrite(briefingIds, documentIds, before);
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
		return new Criteria().orOperator(byIds, Criteria.where("quotes.speakerId").is(entity.id()));
	}

	static List<Document> replacedMentions(List<Document> mentions, EntityId merged, String survivorId) {
		String type = merged.kind().mentionedType().name();
		Document survivorMention = null;
		List<Document> replaced = new ArrayList<>(mentions.size());
		for (Document mention : mentions) {
			boolean ofType = type.equals(mention.getString("entityType"));
			String entityId = mention.getString("entityId");
			if (!ofType || (!merged.id().equals(entityId) && !survivorId.equals(entityId))) {
				replaced.add(mention);
				continue;
			}
			if (survivorMention == null) {
				survivorMention = new Document(mention).append("entityId", survivorId);
				replaced.add(survivorMention);
				continue;
			}
			absorb(survivorMention, mention);
		}
		return replaced;
	}

	private static void absorb(Document into, Document mention) {
		List<Document> spans = new ArrayList<>(into.getList("spans", Document.class, List.of()));
		for (Document span : mention.getList("spans", Document.class, List.of())) {
			if (!spans.contains(span)) {
				spans.add(span);
			}
		}
		spans.sort((a, b) -> Integer.compare(a.getInteger("start", 0), b.getInteger("start", 0)));
		into.put("spans", spans);
		double confidence = Math.max(into.get("confidence", 0.0), mention.get("confidence", 0.0));
		into.put("confidence", confidence);
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
			if (mergedId.equals(copy.getString("speakerId"))) {
				copy.put("speakerId", survivorId);
			}
			replaced.add(copy);
		}
		return replaced;
	}

}
