package app.briefings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.node.NodeResolver;
import app.briefings.graphql.paging.PageRequest;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other without cycles, the extractor stays free of
 * Spring, the sub-packages of ingestion and graphql depend on each other in one
 * direction, controllers leave MongoDB to repositories and query classes, the time comes
 * from the one application clock, settings are bound by configuration properties records
 * and controllers receive connection pages as a resolved {@code PageRequest}, find
 * entities through the merge-following look-up and build node resolvers through one
 * factory.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.briefings");

	@Test
	void shouldKeepFeaturePackagesFreeOfCycles() {
		slices().matching("app.briefings.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void shouldKeepExtractionFreeOfSpringAndMongo() {
		noClasses().that()
			.resideInAPackage("app.briefings.ingestion.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
			.check(classes);
	}

	@Test
	void shouldKeepGraphQlInfrastructureIndependentOfFeatures() {
		noClasses().that()
			.resideInAPackage("app.briefings.graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.briefings.briefing..", "app.briefings.official..", "app.briefings.organization..",
					"app.briefings.operation..", "app.briefings.ingestion..")
			.check(classes);
	}

	@Test
	void shouldKeepIngestionLayered() {
		noClasses().that()
			.resideInAnyPackage("app.briefings.ingestion.document..", "app.briefings.ingestion.linking..",
					"app.briefings.ingestion.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.briefings.ingestion", "app.briefings.ingestion.api..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("app.briefings.ingestion")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("app.briefings.ingestion.api..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("app.briefings.ingestion.document..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("app.briefings.ingestion.linking..")
			.check(classes);
	}

	@Test
	void shouldKeepGraphQlSubPackagesFreeOfCycles() {
		slices().matching("app.briefings.graphql.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void shouldKeepMongoDbOutOfControllers() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MongoOperations.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.data.mongodb.core.query..")
			.check(classes);
	}

	@Test
	void shouldReadTheTimeOnlyFromTheApplicationsClock() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(ClockConfiguration.class.getName())
			.should()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.check(classes);
	}

	/**
	 * {@code briefingChanges} is left out: its {@code after} is a sync token, not a page
	 * cursor, and it has no backward direction.
	 */
	@Test
	void shouldTakeConnectionPagesAsAResolvedPageRequestArgument() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.and()
			.resideOutsideOfPackage("app.briefings.sync..")
			.should()
			.callMethod(PageRequest.class, "of", Integer.class, String.class, Integer.class, String.class)
			.orShould()
			.callMethod(PageRequest.class, "of", Integer.class, String.class)
			.check(classes);
	}

	@Test
	void shouldBuildNodeResolversOnlyThroughTheirFactories() {
		noClasses().that()
			.resideOutsideOfPackage("app.briefings.graphql.node..")
			.should()
			.implement(NodeResolver.class)
			.check(classes);
	}

	@Test
	void shouldFollowMergeRedirectsOnlyThroughTheMergeFollowingLookup() {
		noClasses().that()
			.resideOutsideOfPackage("app.briefings.entity..")
			.and()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(EntityRedirects.class)
			.check(classes);
	}

	@Test
	void shouldBindSettingsThroughConfigurationPropertiesRecordsOnly() {
		noClasses().should().dependOnClassesThat().haveFullyQualifiedName(Value.class.getName()).check(classes);
	}

}
