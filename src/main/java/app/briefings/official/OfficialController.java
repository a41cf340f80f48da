package app.briefings.official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** Officials, their positions and the officials of an organization. */
@Controller
class OfficialController {

	private final OfficialRepository officials;

	private final OrganizationRepository organizations;

	private final NameOrderedPages pages;

	private final MergeFollowingLookup lookup;

	OfficialController(OfficialRepository officials, OrganizationRepository organizations, NameOrderedPages pages,
			MergeFollowingLookup lookup) {
		this.lookup = lookup;
		this.officials = officials;
		this.organizations = organizations;
		this.pages = pages;
	}

	@QueryMapping
	Connection<Official> officials(PageRequest page, @Argument @Nullable ReviewStatus reviewStatus) {
		return this.pages.page(Official.class, page, reviewStatus, Official::name, Official::id);
	}

	@QueryMapping
	@Nullable Official official(@Argument String id) {
		return this.lookup.findById(EntityFields.OFFICIALS, GlobalId.decode(id, "Official"), this.officials::findById)
			.orElse(null);
	}

	@BatchMapping(typeName = "Organization", field = "officials")
	Map<Organization, List<Official>> organizationOfficials(List<Organization> organizations) {
		Map<String, List<Official>> byOrganization = new HashMap<>();
		for (Official official : this.officials
			.findByPositionsOrganizationIdInOrderByNameAscIdAsc(ids(organizations))) {
			addToEachOrganization(byOrganization, official);
		}
		Map<Organization, List<Official>> result = new HashMap<>();
		for (Organization organization : organizations) {
			result.put(organization, byOrganization.getOrDefault(organization.id(), List.of()));
		}
		return result;
	}

	private static List<String> ids(List<Organization> organizations) {
		return organizations.stream().map(Organization::id).toList();
	}

	private static void addToEachOrganization(Map<String, List<Official>> byOrganization, Official official) {
		Set<String> organizationIds = new HashSet<>();
		for (Position position : official.positions()) {
			if (position.organizationId() != null) {
				organizationIds.add(position.organizationId());
			}
		}
		for (String organizationId : organizationIds) {
			byOrganization.computeIfAbsent(organizationId, (id) -> new ArrayList<>()).add(official);
		}
	}

	@BatchMapping(typeName = "Position", field = "organization")
	Map<Position, Organization> positionOrganization(List<Position> positions) {
		return BatchLookup.one(positions, Position::organizationId, this.organizations::findByIdIn, Organization::id);
	}

}
