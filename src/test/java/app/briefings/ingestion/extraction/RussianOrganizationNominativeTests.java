package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RussianOrganizationNominativeTests {

	@Test
	void shouldPutTheHeadWordAndItsAdjectiveIntoTheNominative() {
		assertThat(RussianOrganizationNominative.of("Государственного комитета национальной безопасности Таджикистана"))
			.isEqualTo("Государственный комитет национальной безопасности Таджикистана");
		assertThat(RussianOrganizationNominative.of("Совета безопасности Киргизии"))
			.isEqualTo("Совет безопасности Киргизии");
		assertThat(RussianOrganizationNominative.of("Пограничной службой ГКНБ")).isEqualTo("Пограничная служба ГКНБ");
		assertThat(RussianOrganizationNominative.of("Управления ООН по наркотикам и преступности"))
			.isEqualTo("Управление ООН по наркотикам и преступности");
	}

	@Test
	void shouldLeaveANominativeAsWritten() {
		assertThat(RussianOrganizationNominative.of("Пограничная служба ГКНБ Таджикистана"))
			.isEqualTo("Пограничная служба ГКНБ Таджикистана");
		assertThat(RussianOrganizationNominative.of("Совет министров обороны ОДКБ"))
			.isEqualTo("Совет министров обороны ОДКБ");
	}

	@Test
	void shouldKeepANominativeAdjectiveBeforeAHeadInTheNominative() {
		assertThat(RussianOrganizationNominative.of("Андижанский областной суд по уголовным делам"))
			.isEqualTo("Андижанский областной суд по уголовным делам");
	}

}
