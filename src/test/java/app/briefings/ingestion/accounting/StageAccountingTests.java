package app.briefings.ingestion.accounting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageAccountingTests {

	private static final int MEGABYTE = 1 << 20;

	@Test
	void shouldChargeANestedStageToItselfAndNotToTheStageAroundIt() {
		StageAccounting accounting = StageAccounting.on();

		byte[][] kept = new byte[2][];
		accounting.run(IngestionStage.SERVICE, () -> {
			kept[0] = new byte[MEGABYTE];
			accounting.run(IngestionStage.EXTRACTION, () -> kept[1] = new byte[4 * MEGABYTE]);
		});

		assertThat(kept[1]).hasSize(4 * MEGABYTE);
		assertThat(accounting.allocatedBytes(IngestionStage.EXTRACTION)).isGreaterThanOrEqualTo(4L * MEGABYTE);
		assertThat(accounting.allocatedBytes(IngestionStage.SERVICE)).isBetween((long) MEGABYTE, 2L * MEGABYTE);
		assertThat(accounting.calls(IngestionStage.SERVICE)).isEqualTo(1);
		assertThat(accounting.calls(IngestionStage.EXTRACTION)).isEqualTo(1);
	}

	@Test
	void shouldCountNothingWhenOff() {
		StageAccounting accounting = StageAccounting.off();

		String result = accounting.measure(IngestionStage.EXTRACTION, () -> new String(new byte[MEGABYTE]));

		assertThat(result).hasSize(MEGABYTE);
		assertThat(accounting.allocatedBytes(IngestionStage.EXTRACTION)).isZero();
		assertThat(accounting.calls(IngestionStage.EXTRACTION)).isZero();
	}

}
