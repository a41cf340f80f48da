package app.briefings.mongo;

import java.util.List;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner rules {@link IndexCoverage} applies, each shown on a hand-written command.
 */
class IndexCoverageTests {

	private final IndexCoverage coverage = new IndexCoverage(List.of(
			DeclaredIndex.of("briefings", "feed", "status", "publishedAt:-1", "_id:-1"),
			DeclaredIndex.of("briefings", "officialIds_feed", "officialIds", "publishedAt:-1", "_id:-1"),
			DeclaredIndex.of("documents", "receivedAt", "receivedAt:-1", "_id:-1"),
			DeclaredIndex.of("apiKeys", "secretHash", "secretHash"), DeclaredIndex.of("names", "name", "name")));

	@Test
	void shouldServeEqualityThenSortThenRangeFromOneIndex() {
		CommandShape shape = only("""
				{find: "briefings", filter: {status: "PUBLISHED", publishedAt: {$lt: {$date: "2030-01-01T00:00:00Z"}}},
				 sort: {publishedAt: -1, _id: -1}, limit: 21}""");
		assertThat(shape.covered()).isTrue();
		assertThat(shape.index()).isEqualTo("feed");
	}

	@Test
	void shouldServeASortInTheReverseOfTheIndexOrder() {
		assertThat(only("{find: 'briefings', filter: {officialIds: 'zas'}, sort: {publishedAt: 1, _id: 1}}").index())
			.isEqualTo("officialIds_feed");
	}

	@Test
	void shouldNotServeASortThatMixesDirectionsOrSkipsAKey() {
		assertThat(only("{find: 'briefings', filter: {status: 'P'}, sort: {publishedAt: -1, _id: 1}}").covered())
			.isFalse();
		assertThat(only("{find: 'briefings', filter: {status: 'P'}, sort: {_id: -1}}").covered()).isFalse();
	}

	@Test
	void shouldNotServeAFilterOnANonLeadingKeyAlone() {
		CommandShape shape = only("{find: 'briefings', filter: {language: 'en', _class: 'x'}}");
		assertThat(shape.covered()).isFalse();
		assertThat(shape.reason()).contains("no declared index");
	}

	@Test
	void shouldServeARangeOnTheLeadingKeyWithoutASort() {
		assertThat(only("{count: 'documents', query: {receivedAt: {$gte: 5}}}").index()).isEqualTo("receivedAt");
	}

	@Test
	void shouldServeASortOnlyQueryFromAnIndexInThatOrder() {
		assertThat(only("{find: 'documents', filter: {}, sort: {receivedAt: 1, _id: 1}}").index())
			.isEqualTo("receivedAt");
	}

	@Test
	void shouldServeACountWithoutFilterFromMetadataButNotACountDocumentsPipeline() {
		assertThat(only("{count: 'documents'}").index()).isEqualTo("collection metadata");
		assertThat(
				only("{aggregate: 'documents', pipeline: [{$match: {}}, {$group: {_id: 1, n: {$sum: 1}}}]}").covered())
			.isFalse();
	}

	@Test
	void shouldAlwaysServeIdLookupsEvenWithoutDeclaredIndexes() {
		assertThat(only("{find: 'officials', filter: {_id: {$in: ['a', 'b']}}}").index()).isEqualTo("_id_");
		assertThat(only("{update: 'officials', updates: [{q: {_id: 'a'}, u: {$set: {x: 1}}}]}").covered()).isTrue();
	}

	@Test
	void shouldReportAnUnanchoredOrCaseInsensitiveRegexAsUnindexed() {
		CommandShape shape = only(
				"{find: 'names', filter: {name: {$regularExpression: {pattern: 'zas', options: 'i'}}}}");
		assertThat(shape.covered()).isFalse();
		assertThat(shape.reason()).contains("$regex on [name]");
		assertThat(shape.shape()).isEqualTo("find names {\"name\": {\"$regex\": \"?\"}}");
		assertThat(only("{find: 'names', filter: {name: {$regex: '^Zas', $options: 'i'}}}").covered()).isFalse();
	}

	@Test
	void shouldServeAnAnchoredCaseSensitiveRegexAsARange() {
		assertThat(only("{find: 'names', filter: {name: {$regex: '^Zas'}}}").index()).isEqualTo("name");
	}

	@Test
	void shouldServeAnOrWhenEveryBranchHasAnIndex() {
		CommandShape shape = only("""
				{find: 'documents', filter: {$or: [{receivedAt: {$lt: 5}}, {receivedAt: 5, _id: {$lt: 'x'}}]},
				 sort: {receivedAt: -1, _id: -1}}""");
		assertThat(shape.covered()).isTrue();
	}

	@Test
	void shouldNotServeAnOrWithABranchNoIndexServes() {
		CommandShape shape = only("{find: 'names', filter: {$or: [{name: 'Zas'}, {aliases: 'Zas'}]}}");
		assertThat(shape.covered()).isFalse();
		assertThat(shape.reason()).contains("$or");
	}

	@Test
	void shouldServeAnOrBesideAnIndexedEquality() {
		CommandShape shape = only("""
				{find: 'briefings', filter: {$and: [{status: 'P'},
				 {$or: [{title: {$regex: 'x', $options: 'i'}}, {body: {$regex: 'x', $options: 'i'}}]}]},
				 sort: {publishedAt: -1, _id: -1}}""");
		assertThat(shape.index()).isEqualTo("feed");
	}

	@Test
	void shouldNotServeFacetSubPipelinesEvenAfterAnIndexedMatch() {
		CommandShape shape = only("""
				{aggregate: 'briefings', pipeline: [{$match: {status: 'P'}},
				 {$facet: {k0: [{$match: {officialIds: 'zas'}}, {$sort: {publishedAt: -1}}, {$limit: 5}]}}]}""");
		assertThat(shape.covered()).isFalse();
		assertThat(shape.reason()).contains("$facet sub-pipeline 'k0'");
	}

	@Test
	void shouldNotServeLookupSubPipelinesButServeLookupsOnAnIndexedForeignField() {
		CommandShape pipeline = only("""
				{aggregate: 'briefings', pipeline: [{$match: {_id: 'a'}},
				 {$lookup: {from: 'officials', pipeline: [{$match: {name: 'Zas'}}], as: 'o'}}]}""");
		assertThat(pipeline.reason()).contains("$lookup sub-pipeline on officials");
		CommandShape foreign = only("""
				{aggregate: 'briefings', pipeline: [{$match: {_id: 'a'}},
				 {$lookup: {from: 'officials', localField: 'officialIds', foreignField: '_id', as: 'o'}}]}""");
		assertThat(foreign.covered()).isTrue();
	}

	@Test
	void shouldServeAPipelineByItsLeadingMatchAndSort() {
		CommandShape shape = only("""
				{aggregate: 'briefings', pipeline: [{$match: {officialIds: {$in: ['a', 'b']}}},
				 {$sort: {publishedAt: -1, _id: -1}}, {$unwind: '$officialIds'}, {$group: {_id: '$officialIds'}}]}""");
		assertThat(shape.index()).isEqualTo("officialIds_feed");
	}

	@Test
	void shouldNotServeAPipelineThatStartsWithoutAMatch() {
		assertThat(only("{aggregate: 'briefings', pipeline: [{$group: {_id: null, n: {$sum: 1}}}]}").reason())
			.contains("whole collection");
	}

	@Test
	void shouldJudgeEachStatementOfAnUpdateOrDelete() {
		List<CommandShape> shapes = this.coverage.judge(BsonDocument.parse("""
				{delete: 'apiKeys', deletes: [{q: {secretHash: 'h'}, limit: 1}, {q: {owner: 'o'}, limit: 0}]}"""));
		assertThat(shapes).extracting(CommandShape::covered).containsExactly(true, false);
	}

	@Test
	void shouldJudgeTheQueryAndSortOfFindAndModify() {
		assertThat(only("{findAndModify: 'briefings', query: {status: 'P'}, sort: {publishedAt: -1, _id: -1}}").index())
			.isEqualTo("feed");
	}

	@Test
	void shouldLeaveOutValuesFromTheShape() {
		CommandShape shape = only("{find: 'briefings', filter: {officialIds: {$in: ['a', 'b']}, status: 'P'}}");
		assertThat(shape.shape()).isEqualTo("find briefings {\"officialIds\": {\"$in\": [\"?\"]}, \"status\": \"?\"}");
	}

	@Test
	void shouldIgnoreCommandsThatDoNotQuery() {
		assertThat(this.coverage.judge(BsonDocument.parse("{insert: 'briefings', documents: [{_id: 'a'}]}"))).isEmpty();
		assertThat(this.coverage.judge(BsonDocument.parse("{getMore: {$numberLong: '1'}, collection: 'briefings'}")))
			.isEmpty();
	}

	@Test
	void shouldReadTheIndexesACreateIndexesCommandDeclares() {
		List<DeclaredIndex> declared = DeclaredIndex.fromCreateIndexes(BsonDocument.parse("""
				{createIndexes: 'briefings', indexes: [{key: {status: 1, publishedAt: -1}, name: 'feed'}]}"""));
		assertThat(declared).containsExactly(DeclaredIndex.of("briefings", "feed", "status:1", "publishedAt:-1"));
	}

	private CommandShape only(String command) {
		List<CommandShape> shapes = this.coverage.judge(BsonDocument.parse(command));
		assertThat(shapes).hasSize(1);
		return shapes.get(0);
	}

}
