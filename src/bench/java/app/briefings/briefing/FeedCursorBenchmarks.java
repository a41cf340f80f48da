package app.briefings.briefing;

import java.util.List;
import java.util.concurrent.TimeUnit;

import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Turning the {@code after} cursor of a feed page into the query criteria that continue
 * the feed after it: decoding, parsing the instant and building the criteria.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FeedCursorBenchmarks {

	private PageRequest page = PageRequest.of(20, Cursor.encode("1717662600000", "0f3c5a1e2b7d4c9a8e6f1b2c:3"));

	@Benchmark
	public List<Criteria> boundsAfterCursor() {
		return FeedCursor.bounds(this.page);
	}

}
