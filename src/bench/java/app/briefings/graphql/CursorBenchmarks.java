package app.briefings.graphql;

import java.util.List;
import java.util.concurrent.TimeUnit;

import app.briefings.graphql.paging.Cursor;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding and decoding a keyset cursor of two keys, as the feed writes one for every
 * edge and reads one for every page after the first.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CursorBenchmarks {

	private String publishedAt = "1717662600000";

	private String id = "0f3c5a1e2b7d4c9a8e6f1b2c:3";

	private String cursor = Cursor.encode(this.publishedAt, this.id);

	@Benchmark
	public String encode() {
		return Cursor.encode(this.publishedAt, this.id);
	}

	@Benchmark
	public List<String> decode() {
		return Cursor.decode(this.cursor, 2);
	}

}
