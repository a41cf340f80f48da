package app.briefings.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its {@link NameKey} keys, the stem key at the same position as
 * the full key, and drops tokens that leave no key.
 */
final class NameKeyFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final NameKey nameKey = new NameKey();

	private final Deque<String> pendingKeys = new ArrayDeque<>();

	private @Nullable State pendingState;

	NameKeyFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.pendingKeys.isEmpty() && this.pendingState != null) {
			restoreState(this.pendingState);
			this.term.setEmpty().append(this.pendingKeys.poll());
			this.position.setPositionIncrement(0);
			return true;
		}
		while (this.input.incrementToken()) {
			List<String> keys = this.nameKey.keysOf(this.term.toString());
			if (!keys.isEmpty()) {
				emit(keys);
				return true;
			}
		}
		return false;
	}

	private void emit(List<String> keys) {
		this.term.setEmpty().append(keys.get(0));
		this.pendingKeys.addAll(keys.subList(1, keys.size()));
		this.pendingState = captureState();
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.pendingKeys.clear();
		this.pendingState = null;
	}

}
