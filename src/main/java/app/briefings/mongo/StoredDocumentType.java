package app.briefings.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How file storage writes a collection's documents: as a tag byte and the document's
 * BSON, where mongo-java-server's own H2 backend hands every document to Java
 * serialization. Each value carries its own tag, so a page written before this type
 * existed (Java-serialized documents, tagged by H2's {@link ObjectDataType}) reads as it
 * did, and pages turn compact as they are rewritten. A document holding a value BSON
 * cannot represent exactly is written the old way.
 */
final class StoredDocumentType extends BasicDataType<Document> {

	/** A tag H2's {@link ObjectDataType} never writes (it uses 0 to 119). */
	static final byte BSON = 126;

	/**
	 * Heap per byte of BSON, roughly, as the page cache and page splits count memory;
	 * H2's own type counts twice the serialized size as well.
	 */
	private static final int HEAP_PER_BYTE = 2;

	@Override
	public int getMemory(Document document) {
		return HEAP_PER_BYTE * BsonSizes.estimate(document);
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		ByteBuf bson = Unpooled.buffer(BsonSizes.estimate(document));
		try {
			if (!encode(document, bson)) {
				new ObjectDataType().write(buffer, document);
				return;
			}
			buffer.put(BSON).put(bson.nioBuffer());
		}
		finally {
			bson.release();
		}
	}

	private static boolean encode(Document document, ByteBuf bson) {
		try {
			BsonEncoder.encodeDocument(document, bson);
			return true;
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			return false;
		}
	}

	@Override
	public Document read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != BSON) {
			return (Document) new ObjectDataType().read(buffer);
		}
		buffer.get();
		int length = Integer.reverseBytes(buffer.getInt(buffer.position()));
		ByteBuffer bson = buffer.slice();
		bson.limit(length);
		buffer.position(buffer.position() + length);
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

}
