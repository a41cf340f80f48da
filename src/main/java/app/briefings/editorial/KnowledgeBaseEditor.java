package app.briefings.editorial;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingFields;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import app.briefings.entity.KnowledgeBaseEdited;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.ingestion.document.StoredDocuments;
import app.briefings.operation.OperationKind;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Editors' changes to entities and candidates: reviews, aliases, accepting and dismissing
 * candidates. Each change that alters what extraction links refreshes the extractor and
 * starts re-extracting the documents it affects: those whose briefings mention the
 * entity, and those whose text contains the new name. The texts are searched before the
 * change is stored, because that search scans the raw documents and may time out: a
 * failure then leaves nothing stored, and the editor's retry does the whole change.
 */
@Service
class KnowledgeBaseEditor {

	static final int MAX_NAME_LENGTH = 200;

	static final int MAX_TEXT_MATCHES = 500;

	private final MongoOperations mongo;

	private final BriefingReferences references;

	private final StoredDocuments documents;

	private final ReextractionJobs jobs;

	private final ApplicationEventPublisher events;

	private final EntityRedirects redirects;

	private final MergeFollowingLookup lookup;

	private final Clock clock;

	KnowledgeBaseEditor(MongoOperations mongo, BriefingReferences references, StoredDocuments documents,
			ReextractionJobs jobs, ApplicationEventPublisher events, EntityRedirects redirects,
			MergeFollowingLookup lookup, Clock clock) {
		this.mongo = mongo;
		this.references = references;
		this.documents = documents;
		this.jobs = jobs;
		this.events = events;
		this.redirects = redirects;
		this.lookup = lookup;
		this.clock = clock;
	}

	EditedEntity review(String globalId, ReviewStatus status) {
		if (status == ReviewStatus.CURATED) {
			throw EditorialException.invalid("status",
					"CURATED is kept for the knowledge base shipped with the application: use REVIEWED");
		}
		StoredEntity found = stored("id", globalId);
		EntityId entity = found.entity();
		Document stored = found.document();
		ReviewStatus before = ReviewStatus.valueOf(stored.getString(EntityFields.REVIEW_STATUS));
		if (before == ReviewStatus.CURATED && status == ReviewStatus.UNREVIEWED) {
			throw EditorialException.invalid("status", "The entity '" + stored.getString(EntityFields.NAME)
					+ "' is CURATED: shipped data is not demoted to UNREVIEWED (reject it if it is wrong)");
		}
		if (before == status) {
			return edited(entity, null);
		}
		boolean linkingChanges = before == ReviewStatus.REJECTED || status == ReviewStatus.REJECTED;
		Set<String> affected = new LinkedHashSet<>();
		if (linkingChanges && status != ReviewStatus.REJECTED) {
			affected.addAll(this.documents.idsContaining(stored.getString(EntityFields.NAME), MAX_TEXT_MATCHES));
		}
		this.mongo.updateFirst(byId(entity.id()), new Update().set(EntityFields.REVIEW_STATUS, status.name()),
				entity.kind().collection());
		if (!linkingChanges) {
			return edited(entity, null);
		}
		affected.addAll(this.references.documentsMentioning(entity));
		return edited(entity, changed("reviewEntity", List.of(entity.id()), affected));
	}

	EditedEntity addAlias(String globalId, String alias) {
		String name = validName("alias", alias);
		StoredEntity found = stored("id", globalId);
		EntityId entity = found.entity();
		Document stored = found.document();
		if (name.equals(stored.getString(EntityFields.NAME))
				|| stored.getList(EntityFields.ALIASES, String.class, List.of()).contains(name)) {
			return edited(entity, null);
		}
		List<String> containing = this.documents.idsContaining(name, MAX_TEXT_MATCHES);
		this.mongo.updateFirst(byId(entity.id()), new Update().addToSet(EntityFields.ALIASES, name),
				entity.kind().collection());
		Set<String> affected = new LinkedHashSet<>(this.references.documentsMentioning(entity));
		affected.addAll(containing);
		return edited(entity, changed("addEntityAlias", List.of(entity.id()), affected));
	}

	/**
	 * Creates a reviewed entity from an editor's input, then re-extracts the documents
	 * whose text contains its name or one of its aliases.
	 */
	EditedEntity create(CreateEntityInput input) {
		if (input.type() == null) {
			throw EditorialException.invalid("input.type", "Give the type of the new entity");
		}
		String name = validName("input.name", (input.name() != null) ? input.name() : "");
		Set<String> aliases = new LinkedHashSet<>();
		for (String alias : (input.aliases() != null) ? input.aliases() : List.<String>of()) {
			aliases.add(validName("input.aliases", alias));
		}
		aliases.remove(name);
		EntityId entity = new EntityId(EntityKind.of(input.type()), slug(name));
		Document created = newEntity(entity, name, name).append(EntityFields.ALIASES, new ArrayList<>(aliases));
		if (input.description() != null && !input.description().isBlank()) {
			created.append(EntityFields.DESCRIPTION, input.description().strip());
		}
		if (input.operationKind() != null && entity.kind() == EntityKind.OPERATION) {
			created.append(EntityFields.KIND, input.operationKind().name());
		}
		insertNew(entity, created, "input.name");
		Set<String> affected = new LinkedHashSet<>(this.documents.idsContaining(name, MAX_TEXT_MATCHES));
		for (String alias : aliases) {
			affected.addAll(this.documents.idsContaining(alias, MAX_TEXT_MATCHES));
		}
		return edited(entity, changed("createEntity", List.of(entity.id()), affected));
	}

	/**
	 * Removes a form of an entity's name, then re-extracts the documents whose briefings
	 * mention the entity; an alias the entity does not have changes nothing.
	 */
	EditedEntity removeAlias(String globalId, String alias) {
		StoredEntity found = stored("id", globalId);
		EntityId entity = found.entity();
		Document stored = found.document();
		String form = alias.strip();
		if (!stored.getList(EntityFields.ALIASES, String.class, List.of()).contains(form)) {
			return edited(entity, null);
		}
		this.mongo.updateFirst(byId(entity.id()), new Update().pull(EntityFields.ALIASES, form),
				entity.kind().collection());
		Set<String> affected = new LinkedHashSet<>(this.references.documentsMentioning(entity));
		return edited(entity, changed("removeEntityAlias", List.of(entity.id()), affected));
	}

	/**
	 * Whether a candidate is the unlinked speaker of a quote written as a reference
	 * ("she", "the general"), which must never become an entity's name or alias.
	 */
	private static boolean isReference(EntityCandidate candidate) {
		String surface = candidate.surface();
		return candidate.reason() == CandidateReason.UNRESOLVED_SPEAKER && !surface.isEmpty()
				&& !Character.isUpperCase(surface.codePointAt(0));
	}

	AcceptedCandidate accept(AcceptCandidateInput input) {
		EntityCandidate candidate = openCandidate(input.id());
		if ((input.asAliasOf() == null) == (input.asNewEntity() == null)) {
			throw EditorialException.invalid("asAliasOf", "Give exactly one of asAliasOf and asNewEntity");
		}
		if (isReference(candidate)) {
			throw EditorialException.invalid("id", "The candidate '" + candidate.surface()
					+ "' is a reference, not a name: give its quotes their speaker with correctQuoteSpeaker");
		}
		List<String> containing = this.documents.idsContaining(candidate.surface(), MAX_TEXT_MATCHES);
		EntityId entity = (input.asAliasOf() != null) ? aliasTarget(input.asAliasOf(), candidate)
				: created(input.asNewEntity(), candidate.surface());
		EntityCandidate decided = decide(candidate, CandidateStatus.ACCEPTED, entity);
		Set<String> affected = documentsOf(candidate.contexts());
		affected.addAll(containing);
		ReextractionJob job = changed("acceptCandidate", List.of(entity.id()), affected);
		return new AcceptedCandidate(decided, load(entity), entity.globalId(), job);
	}

	DismissedCandidate dismiss(String globalId) {
		EntityCandidate candidate = candidate(globalId);
		if (candidate.status() == CandidateStatus.DISMISSED) {
			return new DismissedCandidate(candidate);
		}
		if (candidate.status() == CandidateStatus.ACCEPTED) {
			throw EditorialException.conflict("id", "The candidate '" + candidate.surface() + "' is already accepted");
		}
		return new DismissedCandidate(decide(candidate, CandidateStatus.DISMISSED, null));
	}

	/** The stored entity an ID names, following a merge to its survivor. */
	EntityId existing(String field, String globalId) {
		return stored(field, globalId).entity();
	}

	/**
	 * The stored entity an ID names, read through the one entity look-up that follows a
	 * merge to its survivor.
	 */
	private StoredEntity stored(String field, String globalId) {
		EntityId named = EntityKind.decode(globalId);
		String collection = named.kind().collection();
		return this.lookup
			.findById(collection, named.id(),
					(id) -> Optional.ofNullable(this.mongo.findById(id, Document.class, collection)))
			.map((document) -> new StoredEntity(
					new EntityId(named.kind(), String.valueOf(document.get(EntityFields.ID))), document))
			.orElseThrow(() -> EditorialException.notFound(field, globalId));
	}

	Object load(EntityId entity) {
		Object found = this.mongo.findById(entity.id(), entity.kind().recordType(), entity.kind().collection());
		if (found == null) {
			throw EditorialException.notFound("id", entity.globalId());
		}
		return found;
	}

	/**
	 * Refreshes extraction after a stored change and starts re-extracting the affected
	 * documents.
	 */
	ReextractionJob changed(String reason, List<String> entityIds, Collection<String> documentIds) {
		this.events.publishEvent(new KnowledgeBaseEdited(entityIds));
		return this.jobs.start(reason, documentIds);
	}

	private EditedEntity edited(EntityId entity, @Nullable ReextractionJob job) {
		return new EditedEntity(load(entity), entity.globalId(), job);
	}

	/**
	 * Makes the candidate's name an alias of the entity; for an ambiguous name, the other
	 * entities it could be lose that alias, so that the name means this entity from now
	 * on.
	 */
	private EntityId aliasTarget(String globalId, EntityCandidate candidate) {
		EntityId entity = existing("asAliasOf", globalId);
		this.mongo.updateFirst(byId(entity.id()), new Update().addToSet(EntityFields.ALIASES, candidate.surface()),
				entity.kind().collection());
		EntityKind kind = EntityKind.of(candidate.type());
		for (String other : candidate.possibleEntityIds()) {
			if (kind != entity.kind() || !other.equals(entity.id())) {
				this.mongo.updateFirst(byId(other), new Update().pull(EntityFields.ALIASES, candidate.surface()),
						kind.collection());
			}
		}
		return entity;
	}

	private EntityId created(NewEntityInput input, String surface) {
		if (input.type() == null) {
			throw EditorialException.invalid("asNewEntity.type", "Give the type of the new entity");
		}
		String name = validName("asNewEntity.name", (input.name() != null) ? input.name() : "");
		EntityKind kind = EntityKind.of(input.type());
		EntityId entity = new EntityId(kind, slug(name));
		insertNew(entity, newEntity(entity, name, surface), "asNewEntity.name");
		return entity;
	}

	private void insertNew(EntityId entity, Document created, String field) {
		if (this.redirects.survivorOf(entity.kind().collection(), entity.id()).isPresent()) {
			throw EditorialException.conflict(field,
					"The ID '" + entity.globalId() + "' belongs to an entity merged into another: unmerge it instead");
		}
		try {
			this.mongo.insert(created, entity.kind().collection());
		}
		catch (DuplicateKeyException ex) {
			throw EditorialException.conflict(field, "An entity with the ID '" + entity.globalId()
					+ "' exists already: add the name as its alias instead");
		}
	}

	private static Document newEntity(EntityId entity, String name, String surface) {
		List<String> aliases = name.equals(surface) ? List.of() : List.of(surface);
		Document created = new Document(EntityFields.ID, entity.id()).append(EntityFields.NAME, name)
			.append(EntityFields.ALIASES, aliases)
			.append(EntityFields.REVIEW_STATUS, ReviewStatus.REVIEWED.name());
		if (entity.kind() == EntityKind.OFFICIAL) {
			created.append(EntityFields.POSITIONS, List.of());
		}
		if (entity.kind() == EntityKind.OPERATION) {
			created.append(EntityFields.KIND, OperationKind.REGIONAL_OPERATION.name())
				.append(EntityFields.EDITIONS, List.of());
		}
		return created;
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
	}

	static String validName(String field, String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
			throw EditorialException.invalid(field, field + " must hold 1 to " + MAX_NAME_LENGTH + " characters");
		}
		if (!stripped.codePoints().anyMatch(Character::isLetterOrDigit)) {
			throw EditorialException.invalid(field, field + " must contain a letter or a digit");
		}
		return stripped;
	}

	private EntityCandidate openCandidate(String globalId) {
		EntityCandidate candidate = candidate(globalId);
		if (candidate.status() != CandidateStatus.OPEN) {
			throw EditorialException.conflict("id",
					"The candidate '" + candidate.surface() + "' is already " + candidate.status());
		}
		return candidate;
	}

	EntityCandidate candidate(String globalId) {
		EntityCandidate candidate = this.mongo.findById(GlobalId.decode(globalId, EditorialController.CANDIDATE),
				EntityCandidate.class);
		if (candidate == null) {
			throw EditorialException.notFound("id", globalId);
		}
		return candidate;
	}

	private EntityCandidate decide(EntityCandidate candidate, CandidateStatus status, @Nullable EntityId entity) {
		Update update = new Update().set(EditorialFields.STATUS, status.name())
			.set(EditorialFields.DECIDED_AT, this.clock.instant());
		if (entity != null) {
			update.set(EditorialFields.RESOLVED_ENTITY_TYPE, entity.kind().mentionedType().name())
				.set(EditorialFields.RESOLVED_ENTITY_ID, entity.id());
		}
		this.mongo.updateFirst(byId(candidate.id()), update, EntityCandidate.class);
		return this.mongo.findById(candidate.id(), EntityCandidate.class);
	}

	private Set<String> documentsOf(List<CandidateContext> contexts) {
		Set<String> briefingIds = new LinkedHashSet<>();
		for (CandidateContext context : contexts) {
			briefingIds.add(context.briefingId());
		}
		Set<String> documentIds = new LinkedHashSet<>();
		for (Briefing briefing : this.mongo
			.find(new Query(Criteria.where(BriefingFields.ID).in(new ArrayList<>(briefingIds))), Briefing.class)) {
			documentIds.add(briefing.documentId());
		}
		return documentIds;
	}

	private static Query byId(String id) {
		return new Query(Criteria.where(EntityFields.ID).is(id));
	}

	/** An entity as stored, under the ID it is stored with. */
	private record StoredEntity(EntityId entity, Document document) {

	}

}
