package app.briefings.briefing;

import java.util.List;
import java.util.Map;

import app.briefings.graphql.BatchLookup;
import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import app.briefings.operation.Operation;
import app.briefings.operation.OperationRepository;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Relations between entities that only briefings establish: the operations an official is
 * mentioned with, the officials quoted about an operation. Two queries per relation and
 * page: one aggregation, one {@code $in} load.
 */
@Controller
class EntityRelationsController {

	private final CoMentions coMentions;

	private final OfficialRepository officials;

	private final OperationRepository operations;

	EntityRelationsController(CoMentions coMentions, OfficialRepository officials, OperationRepository operations) {
		this.coMentions = coMentions;
		this.officials = officials;
		this.operations = operations;
	}

	@BatchMapping(typeName = "Official", field = "operations")
	List<List<Operation>> officialOperations(List<Official> officials) {
		Map<String, List<String>> ranked = this.coMentions.rank(BriefingFields.OFFICIAL_IDS,
				officials.stream().map(Official::id).toList(), BriefingFields.OPERATION_IDS,
				BriefingFields.OPERATION_IDS);
		return BatchLookup.many(officials, (official) -> ranked.getOrDefault(official.id(), List.of()),
				this.operations::findByIdIn, Operation::id);
	}

	@BatchMapping(typeName = "Operation", field = "officials")
	List<List<Official>> operationOfficials(List<Operation> operations) {
		Map<String, List<String>> ranked = this.coMentions.rank(BriefingFields.OPERATION_IDS,
				operations.stream().map(Operation::id).toList(), BriefingFields.QUOTES,
				BriefingFields.QUOTE_SPEAKER_ID);
		return BatchLookup.many(operations, (operation) -> ranked.getOrDefault(operation.id(), List.of()),
				this.officials::findByIdIn, Official::id);
	}

}
