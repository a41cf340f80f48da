package app.briefings.ingestion.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Gives a document its id: an HMAC-SHA-256 of its {@link DocumentIdentity} under a random
 * key kept in the database, so the same document always gets the same id (retries and
 * corrections stay idempotent, on every instance) while nobody without the key can
 * compute the id, or its briefings' ids, from a partner name and an external ID. The
 * first instance to need the key creates it; the others read it.
 */
@Component
public class DocumentIds {

	static final String COLLECTION = "settings";

	static final String KEY_ID = "documentIdKey";

	/**
	 * The stored field of the key document, {@code {_id: KEY_ID, key: hex}}, holding the
	 * key.
	 */
	private static final String KEY_FIELD = "key";

	static final int ID_LENGTH = 32;

	private static final int KEY_BYTES = 32;

	private final MongoOperations mongo;

	private volatile byte @Nullable [] key;

	DocumentIds(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public String idOf(DocumentIdentity identity) {
		return idOf(identity, key());
	}

	static String idOf(DocumentIdentity identity, byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(identity.name().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, ID_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] loaded = this.key;
		if (loaded == null) {
			loaded = loadOrCreateKey();
			this.key = loaded;
		}
		return loaded;
	}

	private byte[] loadOrCreateKey() {
		byte[] stored = storedKey();
		if (stored != null) {
			return stored;
		}
		byte[] created = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(created);
		try {
			this.mongo.insert(
					new Document(DocumentFields.ID, KEY_ID).append(KEY_FIELD, HexFormat.of().formatHex(created)),
					COLLECTION);
			return created;
		}
		catch (DuplicateKeyException ex) {
			byte[] raced = storedKey();
			if (raced == null) {
				throw new IllegalStateException("The document id key collided but cannot be read", ex);
			}
			return raced;
		}
	}

	private byte @Nullable [] storedKey() {
		Document stored = this.mongo.findById(KEY_ID, Document.class, COLLECTION);
		return (stored != null) ? HexFormat.of().parseHex(stored.getString(KEY_FIELD)) : null;
	}

}
