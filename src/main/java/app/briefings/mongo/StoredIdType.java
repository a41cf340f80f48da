package app.briefings.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How file storage writes a document's {@code _id}, as the key of its collection's data
 * and as the position a unique index holds: an {@link ObjectId} as a tag byte and its 12
 * bytes, where H2's {@link ObjectDataType} would Java-serialize it, and any other value
 * as that type writes it. Keys are ordered exactly as that type orders them (it compares
 * object ids with {@code compareTo}, strings as strings), so files written before keep
 * their order and read as they did.
 */
final class StoredIdType extends BasicDataType<Object> {

	/** A tag H2's {@link ObjectDataType} never writes (it uses 0 to 119). */
	static final byte OBJECT_ID = 125;

	private static final int OBJECT_ID_MEMORY = 48;

	private final ObjectDataType legacy = new ObjectDataType();

	@Override
	public int compare(Object a, Object b) {
		return this.legacy.compare(a, b);
	}

	@Override
	public int getMemory(Object id) {
		return (id instanceof ObjectId) ? OBJECT_ID_MEMORY : this.legacy.getMemory(id);
	}

	@Override
	public void write(WriteBuffer buffer, Object id) {
		if (id instanceof ObjectId objectId) {
			buffer.put(OBJECT_ID).put(objectId.toByteArray());
			return;
		}
		this.legacy.write(buffer, id);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != OBJECT_ID) {
			return this.legacy.read(buffer);
		}
		buffer.get();
		byte[] bytes = new byte[12];
		buffer.get(bytes);
		return new ObjectId(bytes);
	}

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

}
