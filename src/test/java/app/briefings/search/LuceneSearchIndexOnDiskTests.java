package app.briefings.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Source;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Lucene index in a folder: kept across a close and an open, thrown away when damaged
 * or of another schema version, and held by one opener at a time.
 */
class LuceneSearchIndexOnDiskTests {

	private static final Duration COMMIT_INTERVAL = Duration.ofMinutes(10);

	@TempDir
	Path folder;

	@Test
	void shouldKeepTheBriefingsAndTheirVersionsAcrossACloseAndAnOpen() throws IOException {
		writeTwoBriefings();
		try (LuceneSearchIndex reopened = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThat(reopened.condition()).isEqualTo(IndexCondition.READY);
			assertThat(reopened.rebuildNeeded()).isFalse();
			assertThat(reopened.versions()).isEqualTo(Map.of("b-1", 1, "b-2", 3));
			assertThat(found(reopened, "Lavrov")).containsExactly("b-1");
		}
	}

	@Test
	void shouldReadAKeptIndexOnlyAsOftenAsItsWriterAndFirstSearcherNeed() throws IOException {
		writeTwoBriefings();
		Map<String, Integer> needed = filesReadByAWriterAndItsFirstReader(this.folder);
		OpenCountingDirectory directory = new OpenCountingDirectory(FSDirectory.open(this.folder));
		try (LuceneSearchIndex reopened = LuceneSearchIndex.open(directory, this.folder, COMMIT_INTERVAL)) {
			assertThat(reopened.condition()).isEqualTo(IndexCondition.READY);
			assertThat(directory.opened).isEqualTo(needed);
			assertThat(found(reopened, "Lavrov")).containsExactly("b-1");
		}
	}

	@Test
	void shouldStartEmptyAndAskForARebuildWhenNothingIsThere() throws IOException {
		try (LuceneSearchIndex index = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThat(index.condition()).isEqualTo(IndexCondition.MISSING);
			assertThat(index.rebuildNeeded()).isTrue();
		}
	}

	@Test
	void shouldThrowAwayATruncatedIndexAndAskForARebuild() throws IOException {
		writeTwoBriefings();
		truncateLargestIndexFile(this.folder);
		try (LuceneSearchIndex index = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThat(index.condition()).isEqualTo(IndexCondition.CORRUPT);
			assertThat(index.rebuildNeeded()).isTrue();
			assertThat(index.count()).isZero();
			index.index(briefing("b-3", "Zas in Minsk", 1));
		}
		try (LuceneSearchIndex reopened = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThat(reopened.condition()).isEqualTo(IndexCondition.READY);
			assertThat(reopened.versions()).containsOnlyKeys("b-3");
		}
	}

	@Test
	void shouldThrowAwayAnIndexOfAnotherSchemaVersion() throws IOException {
		writeTwoBriefings();
		stampSchemaVersion(this.folder, SearchFields.SCHEMA_VERSION - 1);
		try (LuceneSearchIndex index = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThat(index.condition()).isEqualTo(IndexCondition.OTHER_SCHEMA);
			assertThat(index.rebuildNeeded()).isTrue();
			assertThat(index.count()).isZero();
		}
	}

	@Test
	void shouldRefuseASecondOpenerOfTheSameFolder() throws IOException {
		try (LuceneSearchIndex first = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			assertThatThrownBy(() -> LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL))
				.isInstanceOf(SearchIndexInUseException.class)
				.hasMessageContaining(this.folder.toAbsolutePath().toString())
				.hasMessageContaining("another process");
			assertThat(first.rebuildNeeded()).isTrue();
		}
	}

	@Test
	void shouldAnswerRebuildingWhileARebuildRunsAndNotCommitHalfOfIt() throws IOException {
		try (LuceneSearchIndex index = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			index.rebuildStarted();
			index.index(briefing("b-1", "Lavrov in Moscow", 1));
			index.commit();
			assertThatThrownBy(() -> found(index, "Lavrov")).isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.SEARCH_INDEX_REBUILDING));
			assertThat(committedSchemaVersion(this.folder)).isNull();
			index.rebuildFinished();
			assertThat(found(index, "Lavrov")).containsExactly("b-1");
			assertThat(committedSchemaVersion(this.folder)).isEqualTo(String.valueOf(SearchFields.SCHEMA_VERSION));
		}
	}

	/** A directory that counts how often each file is opened for reading. */
	private static final class OpenCountingDirectory extends FilterDirectory {

		final Map<String, Integer> opened = new ConcurrentHashMap<>();

		OpenCountingDirectory(Directory in) {
			super(in);
		}

		@Override
		public IndexInput openInput(String name, IOContext context) throws IOException {
			this.opened.merge(name, 1, Integer::sum);
			return super.openInput(name, context);
		}

	}

	/**
	 * How often each file is read by a bare writer and its first reader over the folder.
	 */
	private static Map<String, Integer> filesReadByAWriterAndItsFirstReader(Path folder) throws IOException {
		try (OpenCountingDirectory directory = new OpenCountingDirectory(FSDirectory.open(folder));
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCommitOnClose(false));
				DirectoryReader reader = DirectoryReader.open(writer)) {
			assertThat(reader.numDocs()).isEqualTo(2);
			return Map.copyOf(directory.opened);
		}
	}

	private void writeTwoBriefings() throws IOException {
		try (LuceneSearchIndex index = LuceneSearchIndex.onDisk(this.folder, COMMIT_INTERVAL)) {
			index.index(briefing("b-1", "Lavrov in Moscow", 1));
			index.index(briefing("b-2", "Zas in Minsk", 3));
		}
	}

	/** Cuts in half the largest file of the index's last commit. */
	static void truncateLargestIndexFile(Path folder) throws IOException {
		Path largest;
		try (FSDirectory directory = FSDirectory.open(folder)) {
			largest = SegmentInfos.readLatestCommit(directory)
				.files(false)
				.stream()
				.map(folder::resolve)
				.max(Comparator.comparingLong(LuceneSearchIndexOnDiskTests::size))
				.orElseThrow();
		}
		try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 2);
		}
	}

	private static @Nullable String committedSchemaVersion(Path folder) throws IOException {
		try (FSDirectory directory = FSDirectory.open(folder)) {
			if (!DirectoryReader.indexExists(directory)) {
				return null;
			}
			return SegmentInfos.readLatestCommit(directory).getUserData().get(LuceneSearchIndex.SCHEMA_VERSION_KEY);
		}
	}

	static void stampSchemaVersion(Path folder, int version) throws IOException {
		try (FSDirectory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.setLiveCommitData(Map.of(LuceneSearchIndex.SCHEMA_VERSION_KEY, String.valueOf(version)).entrySet());
			writer.commit();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> found(LuceneSearchIndex index, String query) {
		return index.search(query, FeedCriteria.NONE, PageRequest.of(10, null))
			.stream()
			.map(SearchHit::briefingId)
			.toList();
	}

	private static Briefing briefing(String id, String title, int version) {
		Instant now = Instant.parse("2025-04-03T00:00:00Z");
		return new Briefing(id, "d-" + id, 0, title, title + ".", null, now, DateSource.DOCUMENT, "en",
				new Source("Wire", null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, now, version);
	}

}
