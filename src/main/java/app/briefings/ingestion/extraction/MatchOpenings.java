package app.briefings.ingestion.extraction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which openings, the first {@value #LENGTH} characters from an offset, can begin a match
 * of a pattern, so that a search tries the pattern only where its opening allows. Each
 * opening is learnt once, by trying the pattern on that opening alone: it cannot begin a
 * match when the pattern fails there without reading past its end. Only what the pattern
 * checks before its start makes this an estimate: with nothing before the opening,
 * negative lookbehinds pass and {@code \b} sees a boundary before a letter or digit, so
 * neither rules an opening out, while positive lookbehinds, {@code \B} and {@code \G}
 * could, so a pattern using them is tried everywhere, and so is a pattern using
 * {@code \b} at an offset that holds neither a letter nor a digit. A search whose bounds
 * do not anchor ({@link #mayOpenInTextAt}) learns the openings past the text's start
 * apart from those at it when the pattern may anchor there ({@code ^}, {@code \A}), since
 * alternatives that must begin the text open nowhere else.
 * <p>
 * A first character that cannot begin a match is told from a table of characters; the
 * openings are kept in an open-addressing table of {@code long}s, each slot holding an
 * opening and its answer, read without locking and written under the table's lock; once
 * the table holds {@value #MAX_OPENINGS} openings, openings it does not know are tried.
 */
final class MatchOpenings {

	/** How many characters of an opening are learnt. */
	static final int LENGTH = 3;

	private static final int MAX_OPENINGS = 1 << 14;

	private static final int INITIAL_SLOTS = 1 << 10;

	private static final int CACHE_LIMIT = 256;

	private static final long CANNOT_OPEN = 1;

	private static final long MAY_OPEN = 2;

	private static final int BLOCK_BITS = 8;

	/** No opening's key: every key is positive. */
	static final long NO_KEY = -1;

	private static final Map<Pattern, MatchOpenings> BY_PATTERN = new ConcurrentHashMap<>();

	private final Pattern pattern;

	private final boolean learnable;

	private final boolean checksWordBoundary;

	private final Learnt atAnyStart;

	/**
	 * The openings learnt for offsets past the text's start in a search whose bounds do
	 * not anchor, for a pattern that may anchor at the text's start; for any other
	 * pattern the same as {@link #atAnyStart}.
	 */
	private final Learnt pastTextStart;

	private MatchOpenings(Pattern pattern) {
		String source = pattern.pattern();
		boolean looksBehindItsStart = source.contains("(?<=") || source.contains("\\B") || source.contains("\\G");
		this.pattern = pattern;
		this.learnable = !looksBehindItsStart && (pattern.flags() & Pattern.CANON_EQ) == 0;
		this.checksWordBoundary = source.contains("\\b");
		this.atAnyStart = new Learnt(false);
		boolean mayAnchorAtTextStart = source.contains("^") || source.contains("\\A");
		this.pastTextStart = mayAnchorAtTextStart ? new Learnt(true) : this.atAnyStart;
	}

	static MatchOpenings of(Pattern pattern) {
		MatchOpenings openings = BY_PATTERN.get(pattern);
		if (openings != null) {
			return openings;
		}
		openings = new MatchOpenings(pattern);
		if (BY_PATTERN.size() < CACHE_LIMIT) {
			MatchOpenings raced = BY_PATTERN.putIfAbsent(pattern, openings);
			return raced != null ? raced : openings;
		}
		return openings;
	}

	/**
	 * Whether a match of the pattern may begin at {@code offset} of a text searched up to
	 * {@code end} with the bounds of that search as its only limit.
	 */
	boolean mayOpenAt(CharSequence text, int offset, int end) {
		return mayOpenAt(text, offset, end, this.atAnyStart);
	}

	/**
	 * Whether a match of the pattern may begin at {@code offset} of a text searched up to
	 * {@code end} with bounds that do not anchor, so that {@code ^} and {@code \A} hold
	 * only at the text's start.
	 */
	boolean mayOpenInTextAt(CharSequence text, int offset, int end) {
		return mayOpenAt(text, offset, end, offset == 0 ? this.atAnyStart : this.pastTextStart);
	}

	/**
	 * {@link #mayOpenInTextAt(CharSequence, int, int)} for a search up to the text's end,
	 * given the opening's key from {@link #keyAt}, so that a text searched with many
	 * patterns has its openings' keys made once.
	 */
	boolean mayOpenInTextAt(CharSequence text, int offset, long key) {
		Learnt learnt = offset == 0 ? this.atAnyStart : this.pastTextStart;
		if (!this.learnable || offset >= text.length()) {
			return true;
		}
		if (this.checksWordBoundary && !Character.isLetterOrDigit(text.charAt(offset))) {
			return true;
		}
		if (!learnt.mayBeginWith(text.charAt(offset))) {
			return false;
		}
		return key == NO_KEY || learnt.mayOpen(key, text, offset, openingEnd(text, offset, text.length()));
	}

	/**
	 * The key of the opening at an offset of a text searched up to its end, or
	 * {@link #NO_KEY} where no character of it can be learnt.
	 */
	static long keyAt(CharSequence text, int offset) {
		if (offset >= text.length()) {
			return NO_KEY;
		}
		int openingEnd = openingEnd(text, offset, text.length());
		return openingEnd == offset ? NO_KEY : keyOf(text, offset, openingEnd);
	}

	private boolean mayOpenAt(CharSequence text, int offset, int end, Learnt learnt) {
		if (!this.learnable || offset >= end) {
			return true;
		}
		if (this.checksWordBoundary && !Character.isLetterOrDigit(text.charAt(offset))) {
			return true;
		}
		if (!learnt.mayBeginWith(text.charAt(offset))) {
			return false;
		}
		int openingEnd = openingEnd(text, offset, end);
		if (openingEnd == offset) {
			return true;
		}
		return learnt.mayOpen(keyOf(text, offset, openingEnd), text, offset, openingEnd);
	}

	/**
	 * Where the opening at an offset ends: {@value #LENGTH} characters on, or earlier at
	 * the end of the search, and never between the two halves of a surrogate pair, which
	 * the pattern reads as one character.
	 */
	private static int openingEnd(CharSequence text, int offset, int end) {
		int openingEnd = Math.min(end, offset + LENGTH);
		if (Character.isHighSurrogate(text.charAt(openingEnd - 1))) {
			openingEnd--;
		}
		return openingEnd;
	}

	private static AtomicLongArray grown(AtomicLongArray table) {
		AtomicLongArray grown = new AtomicLongArray(table.length() * 2);
		for (int slot = 0; slot < table.length(); slot++) {
			long entry = table.get(slot);
			if (entry != 0) {
				put(grown, entry);
			}
		}
		return grown;
	}

	/** Puts an entry in the first free slot for its key, unless the key is there. */
	private static boolean put(AtomicLongArray table, long entry) {
		int mask = table.length() - 1;
		for (int slot = indexOf(entry >>> 2, mask);; slot = (slot + 1) & mask) {
			long present = table.get(slot);
			if (present == 0) {
				table.set(slot, entry);
				return true;
			}
			if (present >>> 2 == entry >>> 2) {
				return false;
			}
		}
	}

	/** The opening's length and its characters, packed in the low 50 bits of a long. */
	private static long keyOf(CharSequence text, int offset, int openingEnd) {
		long key = openingEnd - offset;
		for (int i = offset; i < openingEnd; i++) {
			key = (key << Character.SIZE) | text.charAt(i);
		}
		return key;
	}

	private static int indexOf(long key, int mask) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & mask;
	}

	/**
	 * The openings learnt for one kind of start: the table of openings and the first
	 * characters that cannot begin one.
	 */
	private final class Learnt {

		private final boolean pastTextStart;

		private final byte[][] firstCharacters = new byte[1 << (Character.SIZE - BLOCK_BITS)][];

		private volatile AtomicLongArray slots = new AtomicLongArray(INITIAL_SLOTS);

		private int openings;

		private volatile boolean full;

		private Learnt(boolean pastTextStart) {
			this.pastTextStart = pastTextStart;
		}

		/**
		 * Whether an opening can begin with a character, learnt from that character alone
		 * and kept in blocks of 256 characters: when the pattern fails on it without
		 * reading past it, it fails on every opening that begins with it. The first half
		 * of a surrogate pair is not a character the pattern reads, so it is never ruled
		 * out. Threads that race to fill a block only repeat the same work.
		 */
		private boolean mayBeginWith(char c) {
			if (Character.isHighSurrogate(c)) {
				return true;
			}
			byte[] block = this.firstCharacters[c >>> BLOCK_BITS];
			if (block == null) {
				block = new byte[1 << BLOCK_BITS];
				this.firstCharacters[c >>> BLOCK_BITS] = block;
			}
			int index = c & ((1 << BLOCK_BITS) - 1);
			if (block[index] == 0) {
				block[index] = (byte) (opens(String.valueOf(c)) ? MAY_OPEN : CANNOT_OPEN);
			}
			return block[index] == MAY_OPEN;
		}

		/** Whether the opening of a key, learnt now if it is new, may begin a match. */
		private boolean mayOpen(long key, CharSequence text, int offset, int openingEnd) {
			AtomicLongArray table = this.slots;
			int mask = table.length() - 1;
			for (int slot = indexOf(key, mask);; slot = (slot + 1) & mask) {
				long entry = table.get(slot);
				if (entry == 0) {
					return this.full || learn(key, text, offset, openingEnd);
				}
				if (entry >>> 2 == key) {
					return (entry & MAY_OPEN) != 0;
				}
			}
		}

		private boolean learn(long key, CharSequence text, int offset, int openingEnd) {
			boolean mayOpen = opens(text.subSequence(offset, openingEnd).toString());
			remember(key, mayOpen);
			return mayOpen;
		}

		/**
		 * Whether the pattern matches an opening alone or fails there only for want of
		 * more text. Past the text's start the opening follows a line break outside
		 * opaque, non-anchoring bounds: lookbehinds and {@code \b} see nothing before it,
		 * as at the start, while {@code ^} and {@code \A} fail there and a multiline
		 * {@code ^} holds.
		 */
		private boolean opens(String opening) {
			Matcher probe = this.pastTextStart ? MatchOpenings.this.pattern.matcher("\n" + opening)
				.region(1, opening.length() + 1)
				.useTransparentBounds(false)
				.useAnchoringBounds(false) : MatchOpenings.this.pattern.matcher(opening);
			return probe.lookingAt() || probe.hitEnd();
		}

		private synchronized void remember(long key, boolean mayOpen) {
			if (this.openings >= MAX_OPENINGS) {
				this.full = true;
				return;
			}
			if ((this.openings + 1) * 2 > this.slots.length()) {
				this.slots = grown(this.slots);
			}
			if (put(this.slots, (key << 2) | (mayOpen ? MAY_OPEN : CANNOT_OPEN))) {
				this.openings++;
			}
		}

	}

}
