package app.briefings.editorial;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.Mention;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.editorial.UnlinkedMentions.UnlinkedMention;
import app.briefings.graphql.node.GlobalId;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Removes a wrong mention from a briefing at once and records the decision, which every
 * later extraction of the document applies again.
 */
@Service
class MentionUnlinker {

	private final BriefingRepository briefings;

	private final KnowledgeBaseEditor editor;

	private final UnlinkedMentions unlinked;

	private final BriefingEdits edits;

	private final MongoOperations mongo;

	MentionUnlinker(BriefingRepository briefings, KnowledgeBaseEditor editor, UnlinkedMentions unlinked,
			BriefingEdits edits, MongoOperations mongo) {
		this.briefings = briefings;
		this.editor = editor;
		this.unlinked = unlinked;
		this.edits = edits;
		this.mongo = mongo;
	}

	UnlinkedMentionPayload unlink(String briefingGlobalId, String entityGlobalId) {
		Briefing briefing = this.briefings.findById(GlobalId.decode(briefingGlobalId, "Briefing"))
			.orElseThrow(() -> EditorialException.notFound("briefingId", briefingGlobalId));
		EntityId entity = this.editor.existing("entityId", entityGlobalId);
		UnlinkedMention decision = new UnlinkedMention("", briefing.documentId(), briefing.id(),
				entity.kind().mentionedType(), entity.id(), briefing.ingestedAt());
		List<Mention> kept = UnlinkedMentions.without(briefing.mentions(), List.of(decision));
		if (kept.size() == briefing.mentions().size()) {
			throw EditorialException.invalid("entityId",
					"The briefing does not mention '" + entity.globalId() + "': nothing to unlink");
		}
		this.unlinked.record(briefing.documentId(), briefing.id(), entity);
		Briefing updated = briefing.withLinks(briefing.quotes(), kept);
		this.edits.edited(briefing,
				new Update().set(BriefingFields.MENTIONS, this.mongo.getConverter().convertToMongoType(kept))
					.set(BriefingFields.OFFICIAL_IDS, updated.officialIds())
					.set(BriefingFields.ORGANIZATION_IDS, updated.organizationIds())
					.set(BriefingFields.OPERATION_IDS, updated.operationIds())
					.set(BriefingFields.PLACE_IDS, updated.placeIds())
					.set(BriefingFields.EVENT_IDS, updated.eventIds()));
		return new UnlinkedMentionPayload(this.briefings.findById(briefing.id()).orElseThrow(), entity.globalId());
	}

}
