package app.briefings.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.BriefingRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class BriefingReindexerTests {

	private final LuceneSearchIndex index = LuceneSearchIndex.inMemory();

	private final BriefingRepository briefings = mock(BriefingRepository.class);

	private final BriefingReindexer reindexer = new BriefingReindexer(this.index, this.briefings);

	@AfterEach
	void closeIndex() throws Exception {
		this.index.close();
	}

	@Test
	void shouldRememberABoundedNumberOfBriefingsChangedAfterTheirFirstWrite() {
		given(this.briefings.findByIdIn(anyCollection())).willReturn(List.of());
		int changed = BriefingReindexer.REMEMBERED_CHANGES + 500;
		List<String> batch = new ArrayList<>();
		for (int i = 0; i < changed; i++) {
			batch.add("b-" + i);
			if (batch.size() == 100) {
				this.reindexer.reindexChanged(batch, Map.of());
				batch = new ArrayList<>();
			}
		}
		assertThat(this.reindexer.rememberedChanges()).isEqualTo(BriefingReindexer.REMEMBERED_CHANGES);
	}

}
