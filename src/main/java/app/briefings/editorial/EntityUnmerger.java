package app.briefings.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.briefings.briefing.BriefingFields;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Undoes a merge from its {@link MergeRecords record}: the merged entity comes back as it
 * was, the survivor loses what it gained, the redirects, speaker fixes and removed
 * mentions point at the merged entity again, and the briefings the merge rewrote get
 * their mentions and quote speakers back as they were, unless a partner's correction
 * changed the document since (re-extraction, started after, links those anew).
 */
@Service
class EntityUnmerger {

	private final MongoOperations mongo;

	private final KnowledgeBaseEditor editor;

	private final MergeRecords records;

	private final EntityRedirects redirects;

	private final BriefingEdits edits;

	private final BriefingReferences references;

	EntityUnmerger(MongoOperations mongo, KnowledgeBaseEditor editor, MergeRecords records, EntityRedirects redirects,
			BriefingEdits edits, BriefingReferences references) {
		this.mongo = mongo;
		this.editor = editor;
		this.records = records;
		this.redirects = redirects;
		this.edits = edits;
		this.references = references;
	}

	UnmergedEntities unmerge(String mergedGlobalId) {
		EntityId merged = EntityKind.decode(mergedGlobalId);
		Document record = this.records.find(merged);
		if (record == null) {
			throw EditorialException.notFound("mergedId", mergedGlobalId);
		}
		EntityId survivor = new EntityId(merged.kind(), record.getString(EditorialFields.SURVIVOR_ID));
		String collection = merged.kind().collection();
		if (!this.mongo.exists(byId(survivor.id()), collection)) {
			throw EditorialException.conflict("mergedId", "The survivor '" + survivor.globalId()
					+ "' was merged into another entity since: undo that merge first");
		}
		if (this.mongo.exists(byId(merged.id()), collection)) {
			throw EditorialException.conflict("mergedId", "An entity with the ID '" + mergedGlobalId + "' exists");
		}
		takeBackGains(survivor, record.get(EditorialFields.GAINS, Document.class));
		this.mongo.insert(record.get(EditorialFields.MERGED_ENTITY, Document.class), collection);
		this.redirects.remove(collection, merged.id());
		this.redirects.redirect(collection, record.getList(EditorialFields.CARRIED_REDIRECTS, String.class, List.of()),
				merged.id());
		repoint(EditorialFields.SPEAKER_FIXES, EditorialFields.SPEAKER_ID,
				record.getList(EditorialFields.SPEAKER_FIX_IDS, String.class, List.of()), merged.id());
		repoint(EditorialFields.UNLINKED_MENTIONS, EditorialFields.ENTITY_ID,
				record.getList(EditorialFields.UNLINK_IDS, String.class, List.of()), merged.id());
		Set<String> affected = new LinkedHashSet<>();
		List<String> restored = restoreBriefings(merged,
				record.getList(EditorialFields.BRIEFINGS_BEFORE, Document.class, List.of()), affected);
		this.records.remove(merged);
		affected.addAll(this.references.documentsMentioning(survivor));
		ReextractionJob job = this.editor.changed("unmergeEntities", List.of(survivor.id(), merged.id()), affected);
		return new UnmergedEntities(this.editor.load(merged), merged.globalId(), this.editor.load(survivor),
				survivor.globalId(), restored, job);
	}

	private void takeBackGains(EntityId survivor, Document gains) {
		Update update = new Update();
		for (String gained : List.of(EntityFields.ALIASES, EntityFields.POSITIONS, EntityFields.EDITIONS)) {
			List<?> items = gains.getList(gained, Object.class, List.of());
			if (!items.isEmpty()) {
				update.pullAll(gained, items.toArray());
			}
		}
		Document stored = this.mongo.findById(survivor.id(), Document.class, survivor.kind().collection());
		String description = gains.getString(EntityFields.DESCRIPTION);
		if (description != null && stored != null && description.equals(stored.getString(EntityFields.DESCRIPTION))) {
			update.unset(EntityFields.DESCRIPTION);
		}
		if (!update.getUpdateObject().isEmpty()) {
			this.mongo.updateFirst(byId(survivor.id()), update, survivor.kind().collection());
		}
	}

	private void repoint(String collection, String field, List<String> ids, String entityId) {
		if (!ids.isEmpty()) {
			this.mongo.updateMulti(new Query(Criteria.where(EditorialFields.ID).in(ids)),
					new Update().set(field, entityId), collection);
		}
	}

	private List<String> restoreBriefings(EntityId merged, List<Document> before, Set<String> affected) {
		List<String> restored = new ArrayList<>();
		String idsField = merged.kind().briefingIdsField();
		for (Document was : before) {
			Document now = this.mongo.findById(was.get(BriefingFields.ID), Document.class, BriefingFields.COLLECTION);
			if (now == null) {
				continue;
			}
			affected.add(now.getString(BriefingFields.DOCUMENT_ID));
			if (!Objects.equals(now.getInteger(BriefingFields.VERSION, 1), was.getInteger(BriefingFields.VERSION, 1))) {
				continue;
			}
			Update update = new Update().set(BriefingFields.MENTIONS, was.get(BriefingFields.MENTIONS))
				.set(idsField, was.get(idsField));
			if (merged.kind() == EntityKind.OFFICIAL) {
				update.set(BriefingFields.QUOTES,
						restoredSpeakers(now.getList(BriefingFields.QUOTES, Document.class, List.of()),
								was.getList(BriefingFields.QUOTES, Document.class, List.of()), merged.id()));
			}
			String briefingId = String.valueOf(now.get(BriefingFields.ID));
			this.edits.edited(briefingId, now.getString(BriefingFields.DOCUMENT_ID), update);
			restored.add(briefingId);
		}
		return restored;
	}

	static List<Document> restoredSpeakers(List<Document> now, List<Document> was, String mergedId) {
		List<Document> quotes = new ArrayList<>(now.size());
		for (int index = 0; index < now.size(); index++) {
			Document quote = new Document(now.get(index));
			if (index < was.size() && mergedId.equals(was.get(index).getString(BriefingFields.SPEAKER_ID)) && Objects
				.equals(was.get(index).getString(BriefingFields.TEXT), quote.getString(BriefingFields.TEXT))) {
				quote.put(BriefingFields.SPEAKER_ID, mergedId);
			}
			quotes.add(quote);
		}
		return quotes;
	}

	private static Query byId(String id) {
		return new Query(Criteria.where(EntityFields.ID).is(id));
	}

}
