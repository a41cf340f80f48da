package app.briefings.ingestion.linking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.briefings.entity.EntityFields;
import app.briefings.entity.KnowledgeBaseEdited;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.BriefingsGraphQlProperties;
import app.briefings.ingestion.extraction.CancellationToken;
import app.briefings.ingestion.extraction.DocumentExtractor;
import app.briefings.ingestion.extraction.EntityType;
import app.briefings.ingestion.extraction.ExtractedDocument;
import app.briefings.ingestion.extraction.ExtractionCancelledException;
import app.briefings.ingestion.extraction.ExtractionInput;
import app.briefings.ingestion.extraction.KnownEntity;
import app.briefings.knowledgebase.CuratedKnowledgeBaseImported;
import org.bson.Document;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The document extractor over the knowledge base as stored now. It is loaded from the
 * entity collections at start-up, after a curated import and whenever editors change the
 * knowledge base; entities that extraction creates are added to the names it holds in
 * memory, without reading the collections again, so later documents link to them.
 * Entities editors rejected are not linked by name.
 */
@Component
public class LinkingExtractor implements ApplicationListener<PayloadApplicationEvent<CuratedKnowledgeBaseImported>> {

	private static final Document NAME_FIELDS = new Document(EntityFields.NAME, 1).append(EntityFields.ALIASES, 1)
		.append(EntityFields.KIND, 1)
		.append(EntityFields.REVIEW_STATUS, 1)
		.append(EntityFields.POSITIONS, 1);

	private final MongoOperations mongo;

	private final Duration timeLimit;

	private volatile DocumentExtractor extractor;

	private List<KnownEntity> known = List.of();

	LinkingExtractor(MongoOperations mongo, BriefingsGraphQlProperties timeouts) {
		this.mongo = mongo;
		this.timeLimit = timeouts.requestTimeout();
		this.extractor = new DocumentExtractor(this.known);
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<CuratedKnowledgeBaseImported> event) {
		refresh();
	}

	@EventListener
	void onKnowledgeBaseEdited(KnowledgeBaseEdited edited) {
		refresh();
	}

	/**
	 * Extracts within the request timeout, and stops sooner when the thread is
	 * interrupted, as the timeout does to a request it abandons.
	 * @throws ExtractionTimedOutException when the work was stopped
	 */
	public ExtractedDocument extract(ExtractionInput input) {
		CancellationToken token = CancellationToken.whenInterrupted().or(CancellationToken.after(this.timeLimit));
		try {
			return this.extractor.extract(input, token);
		}
		catch (ExtractionCancelledException ex) {
			throw new ExtractionTimedOutException(this.timeLimit);
		}
	}

	/** Rebuilds the extractor from the entity collections. */
	synchronized void refresh() {
		this.known = List.copyOf(loadKnownEntities());
		this.extractor = new DocumentExtractor(this.known);
	}

	/** Rebuilds the extractor with entities just stored added to those it knows. */
	synchronized void add(List<KnownEntity> created) {
		if (created.isEmpty()) {
			return;
		}
		List<KnownEntity> entities = new ArrayList<>(this.known.size() + created.size());
		entities.addAll(this.known);
		entities.addAll(created);
		this.known = List.copyOf(entities);
		this.extractor = new DocumentExtractor(this.known);
	}

	private static List<String> titlesOf(Document stored) {
		List<String> titles = new ArrayList<>();
		for (Document position : stored.getList(EntityFields.POSITIONS, Document.class, List.of())) {
			String title = position.getString(EntityFields.TITLE);
			if (title != null) {
				titles.add(title);
			}
		}
		return titles;
	}

	private List<KnownEntity> loadKnownEntities() {
		List<KnownEntity> entities = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			String collection = EntityCollections.of(type).collectionName();
			for (Document stored : this.mongo.getCollection(collection).find().projection(NAME_FIELDS)) {
				if (ReviewStatus.REJECTED.name().equals(stored.getString(EntityFields.REVIEW_STATUS))) {
					continue;
				}
				entities
					.add(new KnownEntity(stored.getString(EntityFields.ID), type, stored.getString(EntityFields.NAME),
							stored.getList(EntityFields.ALIASES, String.class, List.of()),
							stored.getString(EntityFields.KIND), titlesOf(stored)));
			}
		}
		return entities;
	}

}
