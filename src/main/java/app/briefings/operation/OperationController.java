package app.briefings.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.briefings.entity.EntityFields;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.NameOrderedPages;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Operations, trainings and exercises, the organizations that run them and their
 * operations.
 */
@Controller
class OperationController {

	private final OperationRepository operations;

	private final OrganizationRepository organizations;

	private final NameOrderedPages pages;

	private final MergeFollowingLookup lookup;

	OperationController(OperationRepository operations, OrganizationRepository organizations, NameOrderedPages pages,
			MergeFollowingLookup lookup) {
		this.lookup = lookup;
		this.operations = operations;
		this.organizations = organizations;
		this.pages = pages;
	}

	@QueryMapping
	Connection<Operation> operations(PageRequest page, @Argument @Nullable ReviewStatus reviewStatus) {
		return this.pages.page(Operation.class, page, reviewStatus, Operation::name, Operation::id);
	}

	@QueryMapping
	@Nullable Operation operation(@Argument String id) {
		return this.lookup
			.findById(EntityFields.OPERATIONS, GlobalId.decode(id, "Operation"), this.operations::findById)
			.orElse(null);
	}

	@BatchMapping(typeName = "Organization", field = "operations")
	Map<Organization, List<Operation>> organizationOperations(List<Organization> organizations) {
		List<String> ids = organizations.stream().map(Organization::id).toList();
		Map<String, List<Operation>> byOrganization = new HashMap<>();
		for (Operation operation : this.operations.findByOrganizationIdInOrderByNameAscIdAsc(ids)) {
			byOrganization.computeIfAbsent(operation.organizationId(), (id) -> new ArrayList<>()).add(operation);
		}
		Map<Organization, List<Operation>> result = new HashMap<>();
		for (Organization organization : organizations) {
			result.put(organization, byOrganization.getOrDefault(organization.id(), List.of()));
		}
		return result;
	}

	@BatchMapping
	Map<Operation, Organization> organization(List<Operation> operations) {
		return BatchLookup.one(operations, Operation::organizationId, this.organizations::findByIdIn, Organization::id);
	}

}
