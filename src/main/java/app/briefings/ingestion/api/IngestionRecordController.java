package app.briefings.ingestion.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.ingestion.document.DocumentRevision;
import app.briefings.security.AccessRules;
import app.briefings.security.ApiKeyPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestionRecords}, {@code ingestionRecord} and the fields of
 * {@code IngestionRecord}: a partner sees its own records, an admin every partner's; the
 * current and earlier raw texts are checked again per record.
 */
@Controller
class IngestionRecordController {

	private final IngestionRecords records;

	private final BriefingRepository briefings;

	private final AccessRules access;

	IngestionRecordController(IngestionRecords records, BriefingRepository briefings, AccessRules access) {
		this.records = records;
		this.briefings = briefings;
		this.access = access;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
	Connection<IngestionRecord> ingestionRecords(PageRequest page, Authentication caller) {
		return this.records.page(this.access.partnerScope(caller), page);
	}

	/**
	 * The record of a partner's document by its external ID: the caller's partner's
	 * unless an admin names another.
	 */
	@QueryMapping
	@PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
	@Nullable IngestionRecord ingestionRecord(@Argument String externalId, @Argument @Nullable String partner,
			@AuthenticationPrincipal ApiKeyPrincipal caller, Authentication authentication) {
		String owner = (partner != null) ? partner : caller.partner();
		if (!this.access.mayReadPartnerData(authentication, owner)) {
			throw new ApiException(ErrorCode.FORBIDDEN, "Only admins may read another partner's ingestion records",
					Map.of("field", "partner"));
		}
		return this.records.findByExternalId(owner, externalId);
	}

	@BatchMapping(typeName = "IngestionRecord")
	Map<IngestionRecord, List<DocumentRevision>> revisions(List<IngestionRecord> records) {
		requireMayReadTexts(records);
		Map<String, List<DocumentRevision>> revisions = this.records
			.revisionsOf(records.stream().map(IngestionRecord::id).toList());
		Map<IngestionRecord, List<DocumentRevision>> result = new LinkedHashMap<>();
		records.forEach((record) -> result.put(record, revisions.getOrDefault(record.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "IngestionRecord")
	Map<IngestionRecord, List<Briefing>> briefings(List<IngestionRecord> records) {
		List<String> ids = new ArrayList<>();
		records.forEach((record) -> ids.addAll(record.briefingIds()));
		Map<String, Briefing> byId = new HashMap<>();
		this.briefings.findByIdIn(ids).forEach((briefing) -> byId.put(briefing.id(), briefing));
		Map<IngestionRecord, List<Briefing>> result = new LinkedHashMap<>();
		for (IngestionRecord record : records) {
			result.put(record, briefingsOf(record, byId));
		}
		return result;
	}

	@BatchMapping(typeName = "IngestionRecord")
	Map<IngestionRecord, String> text(List<IngestionRecord> records) {
		requireMayReadTexts(records);
		List<String> ids = records.stream().map(IngestionRecord::id).toList();
		Map<String, String> texts = this.records.textsOf(ids);
		Map<IngestionRecord, String> result = new LinkedHashMap<>();
		records.forEach((record) -> result.put(record, texts.get(record.id())));
		return result;
	}

	private void requireMayReadTexts(List<IngestionRecord> records) {
		@Nullable Authentication caller = AccessRules.caller();
		for (IngestionRecord record : records) {
			if (!this.access.mayReadPartnerData(caller, record.partner())) {
				throw new AccessDeniedException("Only the partner that sent a document and admins may read its text");
			}
		}
	}

	private static List<Briefing> briefingsOf(IngestionRecord record, Map<String, Briefing> byId) {
		List<Briefing> found = new ArrayList<>(record.briefingIds().size());
		for (String id : record.briefingIds()) {
			if (byId.containsKey(id)) {
				found.add(byId.get(id));
			}
		}
		return found;
	}

}
