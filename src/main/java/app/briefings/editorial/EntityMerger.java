package app.briefings.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import app.briefings.ingestion.document.StoredDocuments;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Merges one entity into another of the same type: the survivor gains the merged entity's
 * name and aliases as aliases, its positions or editions, and its description when it has
 * none; every briefing, quote correction and entity referring to the merged entity is
 * rewritten to the survivor; the merged entity is deleted and leaves a redirect, so its
 * ID keeps resolving to the survivor and the curated importer does not bring it back. The
 * raw texts naming the merged entity are searched first, before anything is stored, so
 * that a timeout of that scan leaves no half-done merge behind. What the merge changed is
 * recorded, so that {@link EntityUnmerger} can undo it.
 */
@Service
class EntityMerger {

	private final MongoOperations mongo;

	private final KnowledgeBaseEditor editor;

	private final BriefingReferences references;

	private final EntityRedirects redirects;

	private final SpeakerFixes corrections;

	private final StoredDocuments documents;

	private final UnlinkedMentions unlinkedMentions;

	private final MergeRecords records;

	EntityMerger(MongoOperations mongo, KnowledgeBaseEditor editor, BriefingReferences references,
			EntityRedirects redirects, SpeakerFixes corrections, StoredDocuments documents,
			UnlinkedMentions unlinkedMentions, MergeRecords records) {
		this.unlinkedMentions = unlinkedMentions;
		this.records = records;
		this.mongo = mongo;
		this.editor = editor;
		this.references = references;
		this.redirects = redirects;
		this.corrections = corrections;
		this.documents = documents;
	}

	MergedEntities merge(String survivorGlobalId, String mergedGlobalId) {
		EntityId survivor = this.editor.existing("survivorId", survivorGlobalId);
		EntityId merged = EntityKind.decode(mergedGlobalId);
		if (merged.kind() != survivor.kind()) {
			throw EditorialException.invalid("mergedId", "Only entities of the same type merge: mergedId names a "
					+ merged.kind().typeName() + ", survivorId a " + survivor.kind().typeName());
		}
		Document mergedEntity = this.mongo.findById(merged.id(), Document.class, merged.kind().collection());
		if (mergedEntity == null) {
			throw EditorialException.notFound("mergedId", mergedGlobalId);
		}
		if (merged.id().equals(survivor.id())) {
			throw EditorialException.invalid("mergedId", "An entity cannot be merged into itself");
		}
		List<String> containing = this.documents.idsContaining(mergedEntity.getString(EntityFields.NAME),
				KnowledgeBaseEditor.MAX_TEXT_MATCHES);
		Document survivorBefore = this.mongo.findById(survivor.id(), Document.class, survivor.kind().collection());
		List<String> carried = this.redirects.mergedInto(merged.kind().collection(), merged.id());
		List<String> fixIds = idsWhere(EditorialFields.SPEAKER_FIXES,
				Criteria.where(EditorialFields.SPEAKER_ID).is(merged.id()), merged.kind() == EntityKind.OFFICIAL);
		List<String> unlinkIds = idsWhere(EditorialFields.UNLINKED_MENTIONS,
				Criteria.where(EditorialFields.ENTITY_TYPE)
					.is(merged.kind().mentionedType().name())
					.and(EditorialFields.ENTITY_ID)
					.is(merged.id()),
				true);
		absorb(survivor, mergedEntity);
		this.mongo.remove(new Query(Criteria.where(EntityFields.ID).is(merged.id())), merged.kind().collection());
		this.redirects.record(merged.kind().collection(), merged.id(), survivor.id());
		BriefingReferences.Rewrite rewrite = this.references.replace(merged, survivor.id());
		Set<String> affected = new LinkedHashSet<>(rewrite.documentIds());
		repointEntities(merged, survivor.id());
		if (merged.kind() == EntityKind.OFFICIAL) {
			this.corrections.replaceSpeaker(merged.id(), survivor.id());
		}
		this.unlinkedMentions.replaceEntity(merged, survivor.id());
		this.records.save(merged, survivor.id(), mergedEntity, MergeRecords.gains(survivorBefore, mergedEntity),
				carried, rewrite.before(), fixIds, unlinkIds);
		affected.addAll(this.references.documentsMentioning(survivor));
		affected.addAll(containing);
		ReextractionJob job = this.editor.changed("mergeEntities", List.of(survivor.id(), merged.id()), affected);
		return new MergedEntities(this.editor.load(survivor), survivor.globalId(), mergedGlobalId,
				rewrite.briefingIds(), job);
	}

	private List<String> idsWhere(String collection, Criteria criteria, boolean applies) {
		List<String> ids = new ArrayList<>();
		if (!applies) {
			return ids;
		}
		Query query = new Query(criteria);
		query.fields().include(EditorialFields.ID);
		for (Document found : this.mongo.find(query, Document.class, collection)) {
			ids.add(String.valueOf(found.get(EditorialFields.ID)));
		}
		return ids;
	}

	private void absorb(EntityId survivor, Document merged) {
		Document stored = this.mongo.findById(survivor.id(), Document.class, survivor.kind().collection());
		Set<Object> aliases = new LinkedHashSet<>();
		aliases.add(merged.getString(EntityFields.NAME));
		aliases.addAll(merged.getList(EntityFields.ALIASES, String.class, List.of()));
		aliases.remove(stored.getString(EntityFields.NAME));
		Update update = new Update();
		update.addToSet(EntityFields.ALIASES).each(aliases.toArray());
		for (String carried : List.of(EntityFields.POSITIONS, EntityFields.EDITIONS)) {
			List<Document> items = merged.getList(carried, Document.class, List.of());
			if (!items.isEmpty()) {
				update.addToSet(carried).each(items.toArray());
			}
		}
		if (stored.getString(EntityFields.DESCRIPTION) == null && merged.getString(EntityFields.DESCRIPTION) != null) {
			update.set(EntityFields.DESCRIPTION, merged.getString(EntityFields.DESCRIPTION));
		}
		this.mongo.updateFirst(new Query(Criteria.where(EntityFields.ID).is(survivor.id())), update,
				survivor.kind().collection());
	}

	/** Entities that point at a merged organization or place point at its survivor. */
	private void repointEntities(EntityId merged, String survivorId) {
		if (merged.kind() == EntityKind.ORGANIZATION) {
			repoint(EntityFields.ORGANIZATIONS, EntityFields.PARENT, merged.id(), survivorId);
			repoint(EntityFields.OPERATIONS, EntityFields.ORGANIZATION, merged.id(), survivorId);
			repoint(EntityFields.EVENTS, EntityFields.ORGANIZATION, merged.id(), survivorId);
			repointPositions(merged.id(), survivorId);
		}
		if (merged.kind() == EntityKind.PLACE) {
			repoint(EntityFields.PLACES, EntityFields.COUNTRY, merged.id(), survivorId);
			repoint(EntityFields.EVENTS, EntityFields.PLACE, merged.id(), survivorId);
		}
	}

	private void repoint(String collection, String field, String mergedId, String survivorId) {
		this.mongo.updateMulti(new Query(Criteria.where(field).is(mergedId)), new Update().set(field, survivorId),
				collection);
	}

	private void repointPositions(String mergedId, String survivorId) {
		Query holding = new Query(Criteria.where(EntityFields.POSITION_ORGANIZATION).is(mergedId));
		for (Document official : this.mongo.find(holding, Document.class, EntityFields.OFFICIALS)) {
			List<Document> positions = new ArrayList<>();
			for (Document position : official.getList(EntityFields.POSITIONS, Document.class, List.of())) {
				Document copy = new Document(position);
				if (mergedId.equals(copy.getString(EntityFields.ORGANIZATION))) {
					copy.put(EntityFields.ORGANIZATION, survivorId);
				}
				positions.add(copy);
			}
			this.mongo.updateFirst(new Query(Criteria.where(EntityFields.ID).is(official.get(EntityFields.ID))),
					new Update().set(EntityFields.POSITIONS, positions), EntityFields.OFFICIALS);
		}
	}

}
