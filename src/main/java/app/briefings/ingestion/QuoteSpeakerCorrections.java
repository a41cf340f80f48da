package app.briefings.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The speakers editors gave quotes by hand, kept apart from the briefings so that every
 * later extraction of the document applies them again. A correction is keyed by the
 * briefing and the quote's text, which re-extraction reproduces, not by the quote's
 * position.
 */
@Component
public class QuoteSpeakerCorrections {

	private final MongoOperations mongo;

	private final Clock clock = Clock.systemUTC();

	QuoteSpeakerCorrections(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public void record(String documentId, String briefingId, String quoteText, String speakerId) {
		this.mongo.save(new QuoteCorrection(keyOf(briefingId, quoteText), documentId, briefingId, quoteText, speakerId,
				this.clock.instant()));
	}

	/** Points the corrections naming {@code mergedId} at {@code survivorId}. */
	public void replaceSpeaker(String mergedId, String survivorId) {
		this.mongo.updateMulti(new Query(Criteria.where("speakerId").is(mergedId)),
				new Update().set("speakerId", survivorId), QuoteCorrection.class);
	}

	/** The corrected speaker id of each quote of the document, by quote key. */
	Map<String, String> forDocument(String documentId) {
		Map<String, String> speakers = new HashMap<>();
		for (QuoteCorrection correction : this.mongo.find(new Query(Criteria.where("documentId").is(documentId)),
				QuoteCorrection.class)) {
			speakers.put(correction.id(), correction.speakerId());
		}
		return speakers;
	}

	static String keyOf(String briefingId, String quoteText) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((briefingId + "\n" + quoteText.strip()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** An editor's choice of speaker for one quote. */
	@Document("quoteCorrections")
	record QuoteCorrection(@Id String id, String documentId, String briefingId, String quoteText, String speakerId,
			Instant correctedAt) {

	}

}
