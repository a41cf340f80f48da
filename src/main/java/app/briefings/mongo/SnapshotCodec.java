package app.briefings.mongo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the values of {@link IndexSnapshots}: strings, dates, numbers,
 * booleans, object ids, null and the library's {@link Missing} in a compact tagged form,
 * anything else (an array or a document in a key) through Java serialization limited to
 * the JDK's and the library's classes.
 */
final class SnapshotCodec {

	private static final int NULL = 0;

	private static final int MISSING = 1;

	private static final int STRING = 2;

	private static final int INSTANT = 3;

	private static final int DATE = 4;

	private static final int INTEGER = 5;

	private static final int LONG = 6;

	private static final int DOUBLE = 7;

	private static final int BOOLEAN = 8;

	private static final int OBJECT_ID = 9;

	private static final int SERIALIZED = 10;

	private static final ObjectInputFilter ALLOWED_CLASSES = ObjectInputFilter.Config
		.createFilter("java.base/*;de.bwaldvogel.mongo.**;!*");

	private SnapshotCodec() {
	}

	static void write(DataOutputStream output, @Nullable Object value) throws IOException {
		if (value == null) {
			output.writeByte(NULL);
		}
		else if (value instanceof Missing) {
			output.writeByte(MISSING);
		}
		else if (value instanceof String text) {
			output.writeByte(STRING);
			writeBytes(output, text.getBytes(StandardCharsets.UTF_8));
		}
		else if (value instanceof Instant instant) {
			output.writeByte(INSTANT);
			output.writeLong(instant.getEpochSecond());
			output.writeInt(instant.getNano());
		}
		else if (value instanceof Date date) {
			output.writeByte(DATE);
			output.writeLong(date.getTime());
		}
		else if (value instanceof Integer number) {
			output.writeByte(INTEGER);
			output.writeInt(number);
		}
		else if (value instanceof Long number) {
			output.writeByte(LONG);
			output.writeLong(number);
		}
		else if (value instanceof Double number) {
			output.writeByte(DOUBLE);
			output.writeDouble(number);
		}
		else if (value instanceof Boolean flag) {
			output.writeByte(BOOLEAN);
			output.writeBoolean(flag);
		}
		else if (value.getClass() == ObjectId.class) {
			output.writeByte(OBJECT_ID);
			writeBytes(output, ((ObjectId) value).toByteArray());
		}
		else {
			output.writeByte(SERIALIZED);
			writeBytes(output, serialized(value));
		}
	}

	static @Nullable Object read(DataInputStream input) throws IOException, ClassNotFoundException {
		int tag = input.readUnsignedByte();
		return switch (tag) {
			case NULL -> null;
			case MISSING -> Missing.getInstance();
			case STRING -> new String(readBytes(input), StandardCharsets.UTF_8);
			case INSTANT -> Instant.ofEpochSecond(input.readLong(), input.readInt());
			case DATE -> new Date(input.readLong());
			case INTEGER -> input.readInt();
			case LONG -> input.readLong();
			case DOUBLE -> input.readDouble();
			case BOOLEAN -> input.readBoolean();
			case OBJECT_ID -> new ObjectId(readBytes(input));
			case SERIALIZED -> deserialized(readBytes(input));
			default -> throw new IOException("Unknown value tag " + tag + " in an index snapshot");
		};
	}

	private static void writeBytes(DataOutputStream output, byte[] bytes) throws IOException {
		output.writeInt(bytes.length);
		output.write(bytes);
	}

	private static byte[] readBytes(DataInputStream input) throws IOException {
		byte[] bytes = new byte[input.readInt()];
		input.readFully(bytes);
		return bytes;
	}

	private static byte[] serialized(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream output = new MissingReplacingOutput(bytes)) {
			output.writeObject(value);
		}
		return bytes.toByteArray();
	}

	private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
		try (ObjectInputStream input = new MissingResolvingInput(new ByteArrayInputStream(bytes))) {
			return input.readObject();
		}
	}

	/**
	 * Stands for {@link Missing} inside a serialized value, read back as its one
	 * instance.
	 */
	private enum MissingValue {

		INSTANCE

	}

	private static final class MissingReplacingOutput extends ObjectOutputStream {

		MissingReplacingOutput(OutputStream output) throws IOException {
			super(output);
			enableReplaceObject(true);
		}

		@Override
		protected Object replaceObject(Object value) {
			return (value instanceof Missing) ? MissingValue.INSTANCE : value;
		}

	}

	private static final class MissingResolvingInput extends ObjectInputStream {

		MissingResolvingInput(InputStream input) throws IOException {
			super(input);
			enableResolveObject(true);
			setObjectInputFilter((info) -> (info.serialClass() == MissingValue.class) ? ObjectInputFilter.Status.ALLOWED
					: ALLOWED_CLASSES.checkInput(info));
		}

		@Override
		protected Object resolveObject(Object value) {
			return (value == MissingValue.INSTANCE) ? Missing.getInstance() : value;
		}

		@Override
		protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
			return Class.forName(description.getName(), false, SnapshotCodec.class.getClassLoader());
		}

	}

}
