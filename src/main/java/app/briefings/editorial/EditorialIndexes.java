package app.briefings.editorial;

import app.briefings.mongo.StartupIndexes;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the editors' collections at start-up: candidates of one status
 * in id order, which the list pages and counts through; the unlinked mentions by document
 * (applied at each extraction) and by entity (rewritten by merges); the speaker fixes by
 * document (applied at each extraction), by speaker (rewritten by merges) and by quote.
 */
@Component
class EditorialIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	EditorialIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		StartupIndexes.of(this.mongo.indexOps(EntityCandidate.class), EditorialFields.CANDIDATES)
			.create(new Index().on(EditorialFields.STATUS, Sort.Direction.ASC)
				.on(EditorialFields.ID, Sort.Direction.ASC)
				.named("status_id"));
		StartupIndexes unlinked = StartupIndexes.of(this.mongo.indexOps(EditorialFields.UNLINKED_MENTIONS),
				EditorialFields.UNLINKED_MENTIONS);
		unlinked.create(new Index(EditorialFields.DOCUMENT_ID, Sort.Direction.ASC).named("documentId"));
		unlinked.create(new Index().on(EditorialFields.ENTITY_TYPE, Sort.Direction.ASC)
			.on(EditorialFields.ENTITY_ID, Sort.Direction.ASC)
			.named("entity"));
		StartupIndexes fixes = StartupIndexes.of(this.mongo.indexOps(SpeakerFix.class), EditorialFields.SPEAKER_FIXES);
		fixes.create(new Index().on(EditorialFields.DOCUMENT_ID, Sort.Direction.ASC)
			.on(EditorialFields.CORRECTED_AT, Sort.Direction.ASC)
			.named("documentId_correctedAt"));
		fixes.create(new Index(EditorialFields.SPEAKER_ID, Sort.Direction.ASC).named("speakerId"));
		fixes.create(new Index().on(EditorialFields.BRIEFING_ID, Sort.Direction.ASC)
			.on(EditorialFields.QUOTE_TEXT, Sort.Direction.ASC)
			.named("briefingId_quoteText"));
	}

}
