package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.ingestion.document.StoredDocuments;
import app.briefings.official.Official;
import org.jspecify.annotations.Nullable;

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

	static final String SPEAKER_FIX = "SpeakerFix";

	private final KnowledgeBaseEditor editor;

	private final EntityMerger merger;

	private final QuoteCorrector quotes;

	private final ReextractionJobs jobs;

	private final StoredDocuments documents;

	private final BriefingRepository briefings;

	private final KnowledgeBaseEntities entities;

	private final CandidatePages candidatePages;

	private final SpeakerFixes speakerFixes;

	private final EditorialHistory history;

	private final MentionUnlinker unlinker;

	private final EntityUnmerger unmerger;

	EditorialController(KnowledgeBaseEditor editor, EntityMerger merger, QuoteCorrector quotes, ReextractionJobs jobs,
			StoredDocuments documents, BriefingRepository briefings, KnowledgeBaseEntities entities,
			CandidatePages candidatePages, SpeakerFixes speakerFixes, EditorialHistory history,
			MentionUnlinker unlinker, EntityUnmerger unmerger) {
		this.unlinker = unlinker;
		this.unmerger = unmerger;
		this.history = history;
		this.speakerFixes = speakerFixes;
		this.candidatePages = candidatePages;
		this.editor = editor;
		this.merger = merger;
		this.quotes = quotes;
		this.jobs = jobs;
		this.documents = documents;
		this.briefings = briefings;
		this.entities = entities;
	}

	@QueryMapping
	Connection<EntityCandidate> entityCandidates(PageRequest page, @Argument @Nullable CandidateStatus status,
			@Argument @Nullable CandidateOrder orderBy) {
		return this.candidatePages.page(page, status, orderBy);
	}

	@QueryMapping
	Connection<SpeakerFix> speakerFixesNeedingReview(PageRequest page) {
		return this.speakerFixes.needingReview(page);
	}

	@QueryMapping
	Connection<EditorialAction> editorialHistory(@Argument @Nullable String entityId,
			@Argument @Nullable String briefingId, PageRequest page) {
		if ((entityId == null) == (briefingId == null)) {
			throw EditorialException.invalid("entityId", "Give exactly one of entityId and briefingId");
		}
		String named = (entityId != null) ? EntityKind.decode(entityId).globalId()
				: GlobalId.encode("Briefing", GlobalId.decode(briefingId, "Briefing"));
		return this.history.about(List.of(named), page);
	}

	@MutationMapping
	DismissedSpeakerFix dismissSpeakerFix(@Argument String id) {
		return new DismissedSpeakerFix(this.speakerFixes.dismiss(id, GlobalId.decode(id, SPEAKER_FIX)));
	}

	@SchemaMapping(typeName = SPEAKER_FIX, field = "id")
	String speakerFixId(SpeakerFix fix) {
		return GlobalId.encode(SPEAKER_FIX, fix.id());
	}

	@SchemaMapping(typeName = SPEAKER_FIX, field = "status")
	SpeakerFixStatus speakerFixStatus(SpeakerFix fix) {
		return (fix.status() != null) ? fix.status() : SpeakerFixStatus.ACTIVE;
	}

	@SchemaMapping(typeName = SPEAKER_FIX, field = "speaker")
	@Nullable Official speakerFixSpeaker(SpeakerFix fix) {
		return this.entities.official(fix.speakerId());
	}

	@BatchMapping(typeName = SPEAKER_FIX, field = "briefing")
	Map<SpeakerFix, Briefing> speakerFixBriefing(List<SpeakerFix> fixes) {
		return BatchLookup.one(fixes, SpeakerFix::briefingId, this.briefings::findByIdIn, Briefing::id);
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
	EditedEntity createEntity(@Argument CreateEntityInput input) {
		return this.editor.create(input);
	}

	@MutationMapping
	EditedEntity removeEntityAlias(@Argument String id, @Argument String alias) {
		return this.editor.removeAlias(id, alias);
	}

	@MutationMapping
	UnlinkedMentionPayload unlinkMention(@Argument String briefingId, @Argument String entityId) {
		return this.unlinker.unlink(briefingId, entityId);
	}

	@MutationMapping
	AcceptedCandidate acceptCandidate(@Argument AcceptCandidateInput input) {
		return this.editor.accept(input);
	}

	@MutationMapping
	DismissedCandidate dismissCandidate(@Argument String id) {
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
	UnmergedEntities unmergeEntities(@Argument String mergedId) {
		return this.unmerger.unmerge(mergedId);
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
			Object entity = this.entities.find(kind, id);
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
