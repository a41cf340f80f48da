package app.briefings.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.jspecify.annotations.Nullable;

/**
 * How file storage writes and orders the keys of a unique index (the library's
 * {@link KeyValue}, the indexed fields' values) in stores created with it: as a tag byte
 * and each value in BSON, ordered value by value. H2's {@link ObjectDataType}, which the
 * library leaves them to, Java-serializes a key to write it and both keys to compare
 * them, as {@code KeyValue} is not comparable, so every look-up in a unique index
 * serialized keys. Its order (by serialized bytes) is not this one, so a store written
 * before keeps that type for its unique indexes ({@link StorageFormat}).
 */
final class UniqueKeyType extends BasicDataType<KeyValue> {

	/** A tag H2's {@link ObjectDataType} never writes (it uses 0 to 119). */
	static final byte VALUES = 124;

	/** Not a BSON type: the library's {@link Missing}, a field the document lacks. */
	private static final byte MISSING = 0;

	private static final int KEY_MEMORY = 24;

	@Override
	public int compare(KeyValue a, KeyValue b) {
		int shorter = Math.min(a.size(), b.size());
		for (int i = 0; i < shorter; i++) {
			int order = compareValues(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	/**
	 * Orders two values of a key: values of one comparable class by their own order,
	 * values of different classes by class name, and others by their BSON bytes (or as H2
	 * orders them, if they have none).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(@Nullable Object a, @Nullable Object b) {
		if (a == b) {
			return 0;
		}
		if (a == null || b == null) {
			return (a == null) ? -1 : 1;
		}
		if (a.getClass() != b.getClass()) {
			return a.getClass().getName().compareTo(b.getClass().getName());
		}
		if (a instanceof Comparable comparable) {
			return comparable.compareTo(b);
		}
		byte[] aBytes = encodedOrNull(a);
		byte[] bBytes = encodedOrNull(b);
		if (aBytes == null || bBytes == null) {
			return new ObjectDataType().compare(a, b);
		}
		return Arrays.compare(aBytes, bBytes);
	}

	private static byte @Nullable [] encodedOrNull(Object value) {
		ByteBuf bytes = Unpooled.buffer();
		try {
			writeValue(value, bytes);
			return ByteBufUtil.getBytes(bytes);
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			return null;
		}
		finally {
			bytes.release();
		}
	}

	@Override
	public int getMemory(KeyValue key) {
		int memory = KEY_MEMORY;
		for (Object value : key) {
			memory += BsonSizes.estimate(value);
		}
		return memory;
	}

	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		ByteBuf bytes = Unpooled.buffer();
		try {
			if (!encode(key, bytes)) {
				new ObjectDataType().write(buffer, key);
				return;
			}
			buffer.put(VALUES).putVarInt(key.size()).put(bytes.nioBuffer());
		}
		finally {
			bytes.release();
		}
	}

	private static boolean encode(KeyValue key, ByteBuf bytes) {
		try {
			for (Object value : key) {
				writeValue(value, bytes);
			}
			return true;
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			return false;
		}
	}

	private static void writeValue(@Nullable Object value, ByteBuf bytes) {
		if (value instanceof Missing) {
			bytes.writeByte(MISSING);
			return;
		}
		byte type = BsonEncoder.determineType(value);
		bytes.writeByte(type);
		BsonEncoder.encodeValue(type, value, bytes);
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != VALUES) {
			return (KeyValue) new ObjectDataType().read(buffer);
		}
		buffer.get();
		int count = DataUtils.readVarInt(buffer);
		ByteBuf bytes = Unpooled.wrappedBuffer(buffer.slice());
		List<Object> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte type = bytes.readByte();
			values.add((type == MISSING) ? Missing.getInstance() : BsonDecoder.decodeValue(type, bytes));
		}
		buffer.position(buffer.position() + bytes.readerIndex());
		return new KeyValue(values);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

}
