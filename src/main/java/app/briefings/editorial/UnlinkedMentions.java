package app.briefings.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Mention;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.editorial.EntityKind.EntityId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Mentions editors removed from briefings, kept as decisions that every later extraction
 * of the document applies again, so a wrong link stays removed.
 */
@Component
class UnlinkedMentions {

	private final MongoOperations mongo;

	private final Clock clock;

	UnlinkedMentions(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String documentId, String briefingId, EntityId entity) {
		this.mongo.save(new UnlinkedMention(briefingId + ":" + entity.kind().name() + ":" + entity.id(), documentId,
				briefingId, entity.kind().mentionedType(), entity.id(), this.clock.instant()));
	}

	/** The removed mentions of the document's briefings, by briefing id. */
	Map<String, List<UnlinkedMention>> forDocument(String documentId) {
		Map<String, List<UnlinkedMention>> byBriefing = new HashMap<>();
		for (UnlinkedMention unlinked : this.mongo
			.find(new Query(Criteria.where(EditorialFields.DOCUMENT_ID).is(documentId)), UnlinkedMention.class)) {
			byBriefing.computeIfAbsent(unlinked.briefingId(), (id) -> new ArrayList<>()).add(unlinked);
		}
		return byBriefing;
	}

	/** Points the decisions naming a merged entity at its survivor. */
	void replaceEntity(EntityId merged, String survivorId) {
		this.mongo
			.updateMulti(
					new Query(Criteria.where(EditorialFields.ENTITY_TYPE)
						.is(merged.kind().mentionedType())
						.and(EditorialFields.ENTITY_ID)
						.is(merged.id())),
					new Update().set(EditorialFields.ENTITY_ID, survivorId), UnlinkedMention.class);
	}

	/** The mentions left once the removed ones are taken out. */
	static List<Mention> without(List<Mention> mentions, List<UnlinkedMention> unlinked) {
		List<Mention> kept = new ArrayList<>(mentions.size());
		for (Mention mention : mentions) {
			if (!isUnlinked(mention, unlinked)) {
				kept.add(mention);
			}
		}
		return kept;
	}

	private static boolean isUnlinked(Mention mention, List<UnlinkedMention> unlinked) {
		for (UnlinkedMention removed : unlinked) {
			if (removed.entityType() == mention.entityType() && removed.entityId().equals(mention.entityId())) {
				return true;
			}
		}
		return false;
	}

	/** An editor's decision that a briefing does not mention an entity. */
	@Document(EditorialFields.UNLINKED_MENTIONS)
	record UnlinkedMention(@Id String id, String documentId, String briefingId, MentionedEntityType entityType,
			String entityId, Instant unlinkedAt) {

	}

}
