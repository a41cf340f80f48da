package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.Connection;
import app.briefings.graphql.Cursor;
import app.briefings.graphql.PageRequest;
import app.briefings.graphql.TotalCount;
import app.briefings.ingestion.StoredDocuments;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The editorial workflow for editors and admins: {@code entityCandidates} and the
 * mutations that review, extend, merge and correct the knowledge base.
 */
@Controller
@PreAuthorize("@access.mayEdit(authentication)")
class EditorialController {

	static final String CANDIDATE = "EntityCandidate";

	private final KnowledgeBaseEditor editor;

	private final EntityMerger merger;

	private final QuoteCorrector quotes;

	private final ReextractionJobs jobs;

	private final StoredDocuments documents;

	private final BriefingRepository briefings;

	private final MongoOperations mongo;

	EditorialController(KnowledgeBaseEditor editor, EntityMerger merger, QuoteCorrector quotes, ReextractionJobs jobs,
			StoredDocuments documents, BriefingRepository briefings, MongoOperations mongo) {
		this.editor = editor;
		this.merger = merger;
		this.quotes = quotes;
		this.jobs = jobs;
		this.documents = documents;
		this.briefings = briefings;
		this.mongo = mongo;
	}

	@QueryMapping
	Connection<EntityCandidate> entityCandidates(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable CandidateStatus status) {
		PageRequest page = PageRequest.of(first, after);
		Criteria filter = (status != null) ? Criteria.where("status").is(status.name()) : new Criteria();
		Query query = new Query(filter).with(Sort.by("_id")).limit(page.fetchSize());
		if (after != null) {
			query.addCriteria(Criteria.where("_id").gt(Cursor.decode(after, 1).get(0)));
		}
		return Connection.of(this.mongo.find(query, EntityCandidate.class), page,
				(candidate) -> Cursor.encode(candidate.id()),
				TotalCount.of(() -> this.mongo.count(new Query(filter), EntityCandidate.class)));
	}

	@MutationMapping
	EditedEntity reviewEntity(@Argument String id, @Argument ReviewStatus status) {
		return this.editor.review(id, status);
	}

	@MutationMapping
	EditedEntity addEntityAlias(@Argument String id, @Argument String alias) {
		return this.editor.addAlias(id, alias);
	}

	@MutationMapping
	CandidateDecision acceptCandidate(@Argument AcceptCandidateInput input) {
		return this.editor.accept(input);
	}

	@MutationMapping
	CandidateDecision dismissCandidate(@Argument String id) {
		return this.editor.dismiss(id);
	}

	@MutationMapping
	CorrectedQuote correctQuoteSpeaker(@Argument String briefingId, @Argument int quoteIndex,
			@Argument String speakerId) {
		return this.quotes.correct(briefingId, quoteIndex, speakerId);
	}

	@MutationMapping
	MergedEntities mergeEntities(@Argument String survivorId, @Argument String mergedId) {
		return this.merger.merge(survivorId, mergedId);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	StartedReextraction reextractDocuments() {
		return new StartedReextraction(this.jobs.start("reextractDocuments", this.documents.allIds()));
	}

	@SchemaMapping(typeName = CANDIDATE, field = "possibleEntities")
	List<Object> possibleEntities(EntityCandidate candidate) {
		List<Object> entities = new ArrayList<>();
		EntityKind kind = EntityKind.of(candidate.type());
		for (String id : candidate.possibleEntityIds()) {
			Object entity = this.mongo.findById(id, kind.recordType(), kind.collection());
			if (entity != null) {
				entities.add(entity);
			}
		}
		return entities;
	}

	@SchemaMapping(typeName = CANDIDATE, field = "resolvedEntity")
	@Nullable Object resolvedEntity(EntityCandidate candidate) {
		if (candidate.resolvedEntityType() == null || candidate.resolvedEntityId() == null) {
			return null;
		}
		EntityKind kind = EntityKind.of(candidate.resolvedEntityType());
		return this.editor
			.load(this.editor.existing("resolvedEntity", new EntityId(kind, candidate.resolvedEntityId()).globalId()));
	}

	@SchemaMapping(typeName = CANDIDATE, field = "contextCount")
	int contextCount(EntityCandidate candidate) {
		return candidate.placesWritten();
	}

	@BatchMapping(typeName = "CandidateContext", field = "briefing")
	Map<CandidateContext, Briefing> contextBriefing(List<CandidateContext> contexts) {
		return BatchLookup.one(contexts, CandidateContext::briefingId, this.briefings::findByIdIn, Briefing::id);
	}

}
