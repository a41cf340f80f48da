package app.briefings.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.mongo.DeclaredIndex.Key;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Judges whether a declared index serves each query a MongoDB command carries, with the
 * planner's rules: equality fields, then the sort, then one range, as a prefix of the
 * index keys; {@code _id} is always indexed; an unanchored or case-insensitive
 * {@code $regex} bounds nothing; an {@code $or} is served only when the other conditions
 * are, or when every branch is; {@code $facet} and {@code $lookup} sub-pipelines run
 * without indexes. It stands in for {@code explain()} where no MongoDB server runs.
 */
final class IndexCoverage {

	private final Map<String, List<DeclaredIndex>> indexes = new LinkedHashMap<>();

	IndexCoverage(Collection<DeclaredIndex> declared) {
		for (DeclaredIndex index : declared) {
			this.indexes.computeIfAbsent(index.collection(), (name) -> new ArrayList<>()).add(index);
		}
	}

	/** The judged query shapes of one command: none for commands that do not query. */
	List<CommandShape> judge(BsonDocument command) {
		String name = command.getFirstKey();
		BsonValue target = command.get(name);
		if (!target.isString()) {
			return List.of();
		}
		String collection = target.asString().getValue();
		return switch (name) {
			case "find" -> List.of(judgeQuery("find " + collection, collection, document(command, "filter"),
					sortOf(document(command, "sort"))));
			case "count" -> judgeCount(collection, document(command, "query"));
			case "distinct" ->
				List.of(judgeQuery(name + " " + collection, collection, document(command, "query"), List.of()));
			case "findAndModify" -> List.of(judgeQuery("findAndModify " + collection, collection,
					document(command, "query"), sortOf(document(command, "sort"))));
			case "update" -> judgeStatements("update " + collection, collection, command.getArray("updates", null));
			case "delete" -> judgeStatements("delete " + collection, collection, command.getArray("deletes", null));
			case "aggregate" -> judgeAggregate(collection, command.getArray("pipeline"));
			default -> List.of();
		};
	}

	/** A count without a filter reads the collection's metadata, not its documents. */
	private List<CommandShape> judgeCount(String collection, BsonDocument query) {
		if (query.isEmpty()) {
			return List.of(CommandShape.served("count " + collection + " {}", "collection metadata"));
		}
		return List.of(judgeQuery("count " + collection, collection, query, List.of()));
	}

	private List<CommandShape> judgeStatements(String label, String collection, @Nullable BsonArray statements) {
		List<CommandShape> shapes = new ArrayList<>();
		if (statements == null) {
			return shapes;
		}
		for (BsonValue statement : statements) {
			shapes.add(judgeQuery(label, collection, document(statement.asDocument(), "q"), List.of()));
		}
		return shapes;
	}

	private CommandShape judgeQuery(String label, String collection, BsonDocument filter, List<Key> sort) {
		String shape = label + " " + json(shapeOf(filter)) + sortText(sort);
		String reason = unservedReason(collection, Filter.parse(filter), sort);
		return (reason == null) ? CommandShape.served(shape, servingIndexName(collection, filter, sort))
				: CommandShape.unserved(shape, reason);
	}

	private List<CommandShape> judgeAggregate(String collection, BsonArray pipeline) {
		List<BsonDocument> stages = new ArrayList<>();
		pipeline.forEach((stage) -> stages.add(stage.asDocument()));
		if (!stages.isEmpty() && stages.get(0).getFirstKey().equals("$changeStream")) {
			return List.of();
		}
		String shape = "aggregate " + collection + " " + pipelineShape(stages);
		String reason = pipelineReason(collection, stages);
		return List.of((reason == null) ? CommandShape.served(shape, leadingIndexName(collection, stages))
				: CommandShape.unserved(shape, reason));
	}

	private @Nullable String pipelineReason(String collection, List<BsonDocument> stages) {
		int next = 0;
		BsonArray matches = new BsonArray();
		while (next < stages.size() && stages.get(next).getFirstKey().equals("$match")) {
			matches.add(stages.get(next).getDocument("$match"));
			next++;
		}
		List<Key> sort = List.of();
		if (next < stages.size() && stages.get(next).getFirstKey().equals("$sort")) {
			sort = sortOf(stages.get(next).getDocument("$sort"));
		}
		if (matches.isEmpty() && sort.isEmpty()) {
			return "the pipeline starts with neither $match nor $sort: it reads the whole collection";
		}
		String leading = unservedReason(collection, Filter.parse(new BsonDocument("$and", matches)), sort);
		if (leading != null) {
			return leading;
		}
		for (BsonDocument stage : stages) {
			String reason = subPipelineReason(stage);
			if (reason != null) {
				return reason;
			}
		}
		return null;
	}

	private @Nullable String subPipelineReason(BsonDocument stage) {
		String name = stage.getFirstKey();
		if (name.equals("$facet")) {
			for (Map.Entry<String, BsonValue> facet : stage.getDocument("$facet").entrySet()) {
				if (matchesOrSorts(facet.getValue().asArray())) {
					return "$facet sub-pipeline '" + facet.getKey() + "' matches or sorts without an index";
				}
			}
		}
		if (name.equals("$lookup")) {
			return lookupReason(stage.getDocument("$lookup"));
		}
		if (name.equals("$unionWith")) {
			BsonDocument union = stage.getDocument("$unionWith");
			String from = union.getString("coll").getValue();
			List<BsonDocument> branch = new ArrayList<>();
			union.getArray("pipeline", new BsonArray()).forEach((inner) -> branch.add(inner.asDocument()));
			String reason = pipelineReason(from, branch);
			return (reason != null) ? "$unionWith " + from + ": " + reason : null;
		}
		if (name.equals("$graphLookup")) {
			BsonDocument lookup = stage.getDocument("$graphLookup");
			return equalityReason(lookup.getString("from").getValue(), lookup.getString("connectToField").getValue(),
					"$graphLookup");
		}
		return null;
	}

	private @Nullable String lookupReason(BsonDocument lookup) {
		String from = lookup.getString("from").getValue();
		if (lookup.containsKey("pipeline") && matchesOrSorts(lookup.getArray("pipeline"))) {
			return "$lookup sub-pipeline on " + from + " matches or sorts without an index";
		}
		if (lookup.containsKey("foreignField")) {
			return equalityReason(from, lookup.getString("foreignField").getValue(), "$lookup");
		}
		return null;
	}

	private @Nullable String equalityReason(String collection, String field, String stage) {
		Map<String, Kind> fields = Map.of(field, Kind.EQUALITY);
		for (DeclaredIndex index : indexesOf(collection)) {
			if (serves(index, fields, List.of())) {
				return null;
			}
		}
		return stage + " on " + collection + "." + field + " has no index starting with that field";
	}

	private static boolean matchesOrSorts(BsonArray pipeline) {
		for (BsonValue stage : pipeline) {
			String name = stage.asDocument().getFirstKey();
			if (name.equals("$match") || name.equals("$sort")) {
				return true;
			}
		}
		return false;
	}

	private @Nullable String unservedReason(String collection, Filter filter, List<Key> sort) {
		if (servingIndex(collection, filter.fields(), sort) != null) {
			return null;
		}
		for (List<BsonDocument> or : filter.ors()) {
			if (everyBranchServed(collection, filter, or, sort)) {
				return null;
			}
		}
		return describeMiss(filter, sort);
	}

	private boolean everyBranchServed(String collection, Filter filter, List<BsonDocument> branches, List<Key> sort) {
		for (BsonDocument branch : branches) {
			Map<String, Kind> fields = new LinkedHashMap<>(Filter.parse(branch).fields());
			filter.fields().forEach((field, kind) -> fields.merge(field, kind, Kind::stronger));
			if (servingIndex(collection, fields, sort) == null) {
				return false;
			}
		}
		return true;
	}

	private static String describeMiss(Filter filter, List<Key> sort) {
		List<String> reasons = new ArrayList<>();
		if (!filter.regexFields().isEmpty()) {
			reasons.add("unanchored or case-insensitive $regex on " + filter.regexFields());
		}
		if (!filter.ors().isEmpty()) {
			reasons.add("$or with a branch no index serves");
		}
		reasons.add("no declared index has the equality fields " + filter.fieldsOf(Kind.EQUALITY)
				+ ((sort.isEmpty()) ? "" : ", then the sort " + sortText(sort).strip())
				+ ((filter.fieldsOf(Kind.RANGE).isEmpty()) ? "" : ", then a range on " + filter.fieldsOf(Kind.RANGE))
				+ " as a prefix");
		return String.join("; ", reasons);
	}

	private String servingIndexName(String collection, BsonDocument filter, List<Key> sort) {
		Filter parsed = Filter.parse(filter);
		String index = servingIndex(collection, parsed.fields(), sort);
		return (index != null) ? index : "$or branches";
	}

	private String leadingIndexName(String collection, List<BsonDocument> stages) {
		BsonArray matches = new BsonArray();
		List<Key> sort = List.of();
		for (BsonDocument stage : stages) {
			if (stage.getFirstKey().equals("$match")) {
				matches.add(stage.getDocument("$match"));
				continue;
			}
			if (stage.getFirstKey().equals("$sort")) {
				sort = sortOf(stage.getDocument("$sort"));
			}
			break;
		}
		return servingIndexName(collection, new BsonDocument("$and", matches), sort);
	}

	private @Nullable String servingIndex(String collection, Map<String, Kind> fields, List<Key> sort) {
		for (DeclaredIndex index : indexesOf(collection)) {
			if (serves(index, fields, sort)) {
				return index.name();
			}
		}
		return null;
	}

	private List<DeclaredIndex> indexesOf(String collection) {
		List<DeclaredIndex> all = new ArrayList<>();
		all.add(DeclaredIndex.idIndex(collection));
		all.addAll(this.indexes.getOrDefault(collection, List.of()));
		return all;
	}

	/**
	 * Whether the index serves the query: equality keys first, then the sort keys in
	 * order (all in the index's direction or all reversed), and the scan bounded by the
	 * equalities or by a range on the key after them. An unbounded scan in index order
	 * serves only a query with no condition an index could bound (a listing in order).
	 */
	static boolean serves(DeclaredIndex index, Map<String, Kind> fields, List<Key> sort) {
		List<Key> keys = index.keys();
		int equalities = 0;
		while (equalities < keys.size() && fields.get(keys.get(equalities).field()) == Kind.EQUALITY) {
			equalities++;
		}
		List<Key> order = new ArrayList<>();
		for (Key key : sort) {
			if (fields.get(key.field()) != Kind.EQUALITY) {
				order.add(key);
			}
		}
		if (!order.isEmpty() && !yieldsOrder(keys, equalities, order)) {
			return false;
		}
		boolean bounded = equalities > 0
				|| equalities < keys.size() && fields.get(keys.get(equalities).field()) == Kind.RANGE;
		return bounded || !order.isEmpty() && !fields.containsValue(Kind.EQUALITY) && !fields.containsValue(Kind.RANGE);
	}

	private static boolean yieldsOrder(List<Key> keys, int from, List<Key> order) {
		if (from + order.size() > keys.size()) {
			return false;
		}
		int relative = 0;
		for (int i = 0; i < order.size(); i++) {
			Key key = keys.get(from + i);
			if (!key.field().equals(order.get(i).field())) {
				return false;
			}
			int sign = Integer.signum(key.direction() * order.get(i).direction());
			if (relative != 0 && sign != relative) {
				return false;
			}
			relative = sign;
		}
		return true;
	}

	private static List<Key> sortOf(BsonDocument sort) {
		List<Key> keys = new ArrayList<>();
		for (Map.Entry<String, BsonValue> key : sort.entrySet()) {
			keys.add(new Key(key.getKey(), key.getValue().isNumber() ? key.getValue().asNumber().intValue() : 1));
		}
		return keys;
	}

	private static String sortText(List<Key> sort) {
		if (sort.isEmpty()) {
			return "";
		}
		BsonDocument order = new BsonDocument();
		sort.forEach((key) -> order.append(key.field(), new BsonInt32(key.direction())));
		return " sort " + order.toJson();
	}

	private static BsonDocument document(BsonDocument command, String field) {
		BsonValue value = command.get(field);
		return (value != null && value.isDocument()) ? value.asDocument() : new BsonDocument();
	}

	private static String pipelineShape(List<BsonDocument> stages) {
		BsonArray shape = new BsonArray();
		for (BsonDocument stage : stages) {
			String name = stage.getFirstKey();
			BsonValue body = stage.get(name);
			boolean query = name.equals("$match") || name.equals("$sort") || name.equals("$facet")
					|| name.equals("$lookup") || name.equals("$unionWith");
			BsonValue bodyShape = name.equals("$sort") ? body : shapeOf(body);
			shape.add(new BsonDocument(name, query ? bodyShape : new BsonString("…")));
		}
		return json(shape);
	}

	private static String json(BsonValue value) {
		if (value.isDocument()) {
			return value.asDocument().toJson();
		}
		String wrapped = new BsonDocument("v", value).toJson();
		return wrapped.substring(wrapped.indexOf(':') + 1, wrapped.length() - 1).strip();
	}

	/**
	 * The value with its literals replaced by {@code ?}, keeping fields and operators.
	 */
	static BsonValue shapeOf(BsonValue value) {
		if (value.isArray()) {
			BsonArray shape = new BsonArray();
			for (BsonValue item : value.asArray()) {
				if (item.isDocument() || item.isArray()) {
					shape.add(shapeOf(item));
				}
				else if (shape.isEmpty()) {
					shape.add(new BsonString("?"));
				}
			}
			return shape;
		}
		if (value.isRegularExpression()) {
			return new BsonDocument("$regex", new BsonString("?"));
		}
		if (!value.isDocument()) {
			return new BsonString("?");
		}
		BsonDocument shape = new BsonDocument();
		for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
			BsonValue inner = entry.getValue();
			if (entry.getKey().equals("$sort")) {
				shape.append(entry.getKey(), inner);
				continue;
			}
			shape.append(entry.getKey(), shapeOf(inner));
		}
		return shape;
	}

	/** How much a condition on one field lets an index bound the scan. */
	enum Kind {

		/** Bounds nothing: {@code $ne}, {@code $exists}, unanchored regex. */
		UNINDEXED,

		/** A range of keys: comparisons, an anchored case-sensitive regex. */
		RANGE,

		/** Single keys: a value, {@code $eq}, {@code $in}. */
		EQUALITY;

		static Kind stronger(Kind one, Kind other) {
			return (one.ordinal() >= other.ordinal()) ? one : other;
		}

	}

	/**
	 * A filter split into its indexable conditions by field and its {@code $or} clauses.
	 */
	record Filter(Map<String, Kind> fields, List<List<BsonDocument>> ors, List<String> regexFields) {

		static Filter parse(BsonDocument filter) {
			Filter parsed = new Filter(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
			parsed.add(filter, "");
			return parsed;
		}

		List<String> fieldsOf(Kind kind) {
			List<String> names = new ArrayList<>();
			this.fields.forEach((field, fieldKind) -> {
				if (fieldKind == kind) {
					names.add(field);
				}
			});
			return names;
		}

		private void add(BsonDocument filter, String prefix) {
			for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
				String key = entry.getKey();
				BsonValue value = entry.getValue();
				if (key.equals("$and")) {
					value.asArray().forEach((clause) -> add(clause.asDocument(), prefix));
				}
				else if (key.equals("$or")) {
					List<BsonDocument> branches = new ArrayList<>();
					value.asArray().forEach((branch) -> branches.add(branch.asDocument()));
					this.ors.add(branches);
				}
				else if (!key.startsWith("$")) {
					addField(prefix + key, value);
				}
			}
		}

		private void addField(String field, BsonValue value) {
			if (value.isDocument() && value.asDocument().size() == 1 && value.asDocument().containsKey("$elemMatch")) {
				BsonDocument inner = value.asDocument().getDocument("$elemMatch");
				if (!isOperators(inner)) {
					add(inner, field + ".");
					return;
				}
			}
			this.fields.merge(field, kindOf(field, value), Kind::stronger);
		}

		private Kind kindOf(String field, BsonValue value) {
			if (value.isRegularExpression()) {
				return regexKind(field, value.asRegularExpression().getPattern(),
						value.asRegularExpression().getOptions());
			}
			if (!value.isDocument() || !isOperators(value.asDocument())) {
				return Kind.EQUALITY;
			}
			BsonDocument operators = value.asDocument();
			Kind best = Kind.UNINDEXED;
			for (Map.Entry<String, BsonValue> operator : operators.entrySet()) {
				best = Kind.stronger(best, operatorKind(field, operator.getKey(), operator.getValue(), operators));
			}
			return best;
		}

		private Kind operatorKind(String field, String operator, BsonValue operand, BsonDocument operators) {
			return switch (operator) {
				case "$eq", "$in", "$all" -> Kind.EQUALITY;
				case "$gt", "$gte", "$lt", "$lte" -> Kind.RANGE;
				case "$elemMatch" -> kindOf(field, operand);
				case "$regex" -> operand.isRegularExpression()
						? regexKind(field, operand.asRegularExpression().getPattern(),
								operand.asRegularExpression().getOptions())
						: regexKind(field, operand.asString().getValue(),
								operators.containsKey("$options") ? operators.getString("$options").getValue() : "");
				default -> Kind.UNINDEXED;
			};
		}

		private Kind regexKind(String field, String pattern, String options) {
			if ((pattern.startsWith("^") || pattern.startsWith("\\A")) && !options.contains("i")) {
				return Kind.RANGE;
			}
			this.regexFields.add(field);
			return Kind.UNINDEXED;
		}

		private static boolean isOperators(BsonDocument document) {
			return !document.isEmpty() && document.getFirstKey().startsWith("$");
		}

	}

}
