package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalizeSpace makes one line of text out of s: every kind of Unicode
// space (NBSP, thin space, tabs, newlines) becomes a single ASCII space,
// runs collapse, the ends are trimmed, and invisible format characters (soft
// hyphens, zero-width spaces and joiners, BOMs, bidi marks) are dropped.
// Invalid UTF-8 becomes U+FFFD. The words themselves are never changed, so
// sentences stay quotable verbatim.
func normalizeSpace(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			pendingSpace = true
			continue
		case unicode.Is(unicode.Cf, r):
			// Soft hyphen, ZWSP, ZWJ, word joiner, BOM, LRM/RLM...: invisible
			// in a browser, harmful to matching and sentence splitting.
			continue
		}
		if pendingSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// key folds a line for comparison against lists of known phrases: lower
// case, typographic apostrophes made straight, and decoration (bullets,
// pipes, dashes, colons, trailing dots) trimmed from both ends.
func key(s string) string {
	s = strings.ToLower(normalizeSpace(s))
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.TrimFunc(s, func(r rune) bool {
		if unicode.IsSpace(r) {
			return true
		}
		switch r {
		case '.', ':', ';', ',', '!', '|', '•', '·', '-', '–', '—', '»', '›', '>', '<', '«', '‹', '*', '#', '/', '\\', '+', '=', '~', '_', '…', '▶', '►':
			return true
		}
		return false
	})
}

// wordCount counts space-separated words.
func wordCount(s string) int {
	return len(strings.Fields(s))
}

// endsSentence reports whether s ends like a sentence: a full stop, question
// or exclamation mark, or a closing quote or bracket after one.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// startsUpper reports whether the first letter or digit of s is upper case
// (or a digit), skipping opening quotes and brackets.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || !unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
		if !strings.ContainsRune(`"'“‘«([¿¡`, r) {
			return false
		}
	}
	return false
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
