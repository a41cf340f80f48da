package app.briefings.organization;

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
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Organizations and the bodies they belong to. */
@Controller
class OrganizationController {

	private final OrganizationRepository organizations;

	private final NameOrderedPages pages;

	private final MergeFollowingLookup lookup;

	OrganizationController(OrganizationRepository organizations, NameOrderedPages pages, MergeFollowingLookup lookup) {
		this.lookup = lookup;
		this.organizations = organizations;
		this.pages = pages;
	}

	@QueryMapping
	Connection<Organization> organizations(PageRequest page, @Argument @Nullable ReviewStatus reviewStatus) {
		return this.pages.page(Organization.class, page, reviewStatus, Organization::name, Organization::id);
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String id) {
		return this.lookup
			.findById(EntityFields.ORGANIZATIONS, GlobalId.decode(id, "Organization"), this.organizations::findById)
			.orElse(null);
	}

	@BatchMapping
	Map<Organization, Organization> parent(List<Organization> organizations) {
		return BatchLookup.one(organizations, Organization::parentId, this.organizations::findByIdIn, Organization::id);
	}

}
