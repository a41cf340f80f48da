package app.briefings.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.EntityFields;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a merge changed, stored in {@code mergeRecords} so that it can be undone: the
 * merged entity as it was, what the survivor gained, the redirects it carried along, the
 * briefings it rewrote as they were, and the speaker fixes and removed mentions it
 * repointed.
 */
@Component
class MergeRecords {

	private final MongoOperations mongo;

	private final Clock clock;

	MergeRecords(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	static String idFor(EntityId merged) {
		return merged.kind().name() + ":" + merged.id();
	}

	/**
	 * The survivor's gains: the merged entity's names, positions, editions and
	 * description.
	 */
	static Document gains(Document survivorBefore, Document merged) {
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(merged.getString(EntityFields.NAME));
		aliases.addAll(merged.getList(EntityFields.ALIASES, String.class, List.of()));
		aliases.remove(survivorBefore.getString(EntityFields.NAME));
		aliases.removeAll(survivorBefore.getList(EntityFields.ALIASES, String.class, List.of()));
		Document gains = new Document(EntityFields.ALIASES, new ArrayList<>(aliases));
		for (String carried : List.of(EntityFields.POSITIONS, EntityFields.EDITIONS)) {
			List<Document> gained = new ArrayList<>(merged.getList(carried, Document.class, List.of()));
			gained.removeAll(survivorBefore.getList(carried, Document.class, List.of()));
			gains.append(carried, gained);
		}
		if (survivorBefore.getString(EntityFields.DESCRIPTION) == null
				&& merged.getString(EntityFields.DESCRIPTION) != null) {
			gains.append(EntityFields.DESCRIPTION, merged.getString(EntityFields.DESCRIPTION));
		}
		return gains;
	}

	void save(EntityId merged, String survivorId, Document mergedEntity, Document gains, List<String> carriedRedirects,
			List<Document> briefingsBefore, List<String> speakerFixIds, List<String> unlinkIds) {
		this.mongo.save(new Document(EditorialFields.ID, idFor(merged)).append(EditorialFields.SURVIVOR_ID, survivorId)
			.append(EditorialFields.MERGED_ENTITY, mergedEntity)
			.append(EditorialFields.GAINS, gains)
			.append(EditorialFields.CARRIED_REDIRECTS, carriedRedirects)
			.append(EditorialFields.BRIEFINGS_BEFORE, briefingsBefore)
			.append(EditorialFields.SPEAKER_FIX_IDS, speakerFixIds)
			.append(EditorialFields.UNLINK_IDS, unlinkIds)
			.append(EditorialFields.MERGED_AT, this.clock.instant()), EditorialFields.MERGE_RECORDS);
	}

	@Nullable Document find(EntityId merged) {
		return this.mongo.findById(idFor(merged), Document.class, EditorialFields.MERGE_RECORDS);
	}

	void remove(EntityId merged) {
		this.mongo.remove(new Query(Criteria.where(EditorialFields.ID).is(idFor(merged))),
				EditorialFields.MERGE_RECORDS);
	}

}
