package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind classifies a token.
type kind uint8

const (
	word  kind = iota // letters, digits and word-internal marks
	punct             // one punctuation character (or a dash run)
	qmark             // a double quote mark: " “ ” „ « », '' (two apostrophes) or ``
)

// token is one unit of the text. Offsets are code points into the text.
// The fields are laid out, and the offsets and gap kept to 32 bits (a
// text is read in parts of at most maxText code points), so that a token
// takes 56 bytes rather than 80: the tokens are most of what extraction
// allocates.
type token struct {
	text  string // as written
	lower string // lower-cased, typographic apostrophes made ASCII
	// sets are the word lists that hold lower (see wordSets).
	sets       wordSets
	start, end int32
	// gap is the number of line breaks between the previous token and
	// this one: 1 ends a line, 2 or more ends a paragraph.
	gap  int32
	kind kind
	// space reports whether whitespace precedes the token.
	space bool
	// upper reports whether the token starts with an upper-case letter
	// (see capital), found once: the rules ask it of most tokens many
	// times.
	upper bool
}

func (t *token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

// capital reports whether the token starts with an upper-case letter.
func (t *token) capital() bool { return t.upper }

// leadingAbbrevs stand before what they qualify, a name or a number
// ("Mr. Obama", "Jan. 5", "No. 2", "St. Louis"): their period never ends
// a sentence.
var leadingAbbrevs = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "sgt",
	"capt", "cmdr", "adm", "st", "prof", "rev", "hon", "pres", "sens", "reps", "govs", "atty", "supt",
	"maj", "gens", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs",
	"v", "mt", "ft")

// trailingAbbrevs close what they qualify, a place, a company or a name
// ("Springfield, Ill.", "Acme Inc.", "John Doe Jr."), so they may end a
// sentence too.
var trailingAbbrevs = set("calif", "fla", "ill", "mass", "mich", "penn", "tenn", "wis", "minn",
	"ariz", "colo", "conn", "wash", "ky", "la", "va", "md", "ga", "ala", "ark", "nev", "okla", "ore",
	"del", "neb", "kan", "miss", "mo", "tex", "pa", "wyo", "mont", "vt", "ind", "jr", "sr", "inc",
	"corp", "co", "ltd", "ave", "dept")

// lowercaseAbbrevs are written in lower case ("etc.", "et al.", "vs.").
// Every other abbreviation takes its period only with a capital, since in
// lower case it is a word of its own: "fell ill.", "hard to miss.".
var lowercaseAbbrevs = set("etc", "al", "approx", "est", "fig", "no", "vs", "v")

// abbreviations keep their period: "Mr. Obama" is one sentence.
var abbreviations = func() map[string]bool {
	m := make(map[string]bool, len(leadingAbbrevs)+len(trailingAbbrevs)+len(lowercaseAbbrevs))
	for _, s := range []map[string]bool{leadingAbbrevs, trailingAbbrevs, lowercaseAbbrevs} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// partyLabel reports whether w is a party and state label as written,
// "R-Ky" or "D-Texas", and returns the state.
func partyLabel(w string) (state string, ok bool) {
	p, st, ok := strings.Cut(w, "-")
	if !ok || p != "R" && p != "D" && p != "I" || st == "" || !unicode.IsUpper([]rune(st)[0]) {
		return "", false
	}
	return st, true
}

// partyState reports whether w is a party label whose state is an
// abbreviation, "R-Ky" in "Mitch McConnell, R-Ky., said": the period
// after it is the state's, not the sentence's.
func partyState(w string) bool {
	st, ok := partyLabel(w)
	return ok && abbreviations[strings.ToLower(st)]
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// Most of a text is ASCII, where only these are letters or
		// digits and no mark is: the tables are not looked in.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '―' || r == '‒'
}

// tokenize splits text, whose code points are rs, into tokens.
func tokenize(text string, rs []rune) []token {
	// Byte offsets of the code points, so that a token's text is a slice
	// of the text rather than a new string.
	boff := int32sFor(&offsBufs, len(rs)+1)
	defer offsBufs.Put(&boff)
	i := 0
	for j := range text {
		if i < len(boff) {
			boff[i] = int32(j)
		}
		i++
	}
	boff[len(rs)] = int32(len(text))
	toks := tokensFor(len(rs) / 5)
	// The text with its ASCII capitals lowered, made once: the lower
	// form of a token all in ASCII is a slice of it, where lowering each
	// capitalized word would make a string of its own.
	lowered := asciiLower(text)
	gap, space := 0, false
	emit := func(start, end int, k kind) {
		s := text[boff[start]:boff[end]]
		ascii := true
		for _, r := range rs[start:end] {
			ascii = ascii && r < utf8.RuneSelf
		}
		l := lowered[boff[start]:boff[end]]
		if !ascii {
			l = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
		if s == "WHO" {
			l = "w.h.o." // the World Health Organization, not the pronoun
		}
		toks = append(toks, token{start: int32(start), end: int32(end), text: s, lower: l, kind: k, gap: int32(gap), space: space, upper: unicode.IsUpper(rs[start])})
		gap, space = 0, false
	}
	n := len(rs)
	for i := 0; i < n; {
		r := rs[i]
		switch {
		case r == '\n':
			gap++
			space = true
			i++
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			space = true
			i++
		case r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			emit(i, i+1, qmark)
			i++
		case r == '\'' && closesInnerQuote(rs, i):
			// The single quotation's end, before the double one's.
			emit(i, i+1, punct)
			i++
		case isApostrophe(r) && i+1 < n && isApostrophe(rs[i+1]) && rs[i] == rs[i+1] && r != '‘' || (r == '‘' && i+1 < n && rs[i+1] == '‘') || r == '`' && i+1 < n && rs[i+1] == '`':
			// '', ‘‘ and `` stand for a double quote mark (NYT and
			// typewriter styles).
			emit(i, i+2, qmark)
			i += 2
		case isWordRune(r):
			j := i + 1
			for j < n {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				// Word-internal marks: don't, Holtz-Eakin, U.S, 3.5, 9/11, AT&T.
				if j+1 < n && isWordRune(rs[j+1]) && (c == '-' || c == '.' || c == '&' || c == '/' || c == ',' && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1])) {
					j += 2
					continue
				}
				if isApostrophe(c) && j+1 < n && isWordRune(rs[j+1]) {
					// Split the possessive: "Obama’s" is Obama + ’s.
					if (rs[j+1] == 's' || rs[j+1] == 'S') && (j+2 >= n || !isWordRune(rs[j+2])) {
						break
					}
					j += 2
					continue
				}
				break
			}
			// A period after an abbreviation or an initial belongs to it.
			if j < n && rs[j] == '.' {
				w := strings.ToLower(string(rs[i:j]))
				if abbreviations[w] && (unicode.IsUpper(rs[i]) || lowercaseAbbrevs[w]) && (w != "no" || numberFollows(rs, j+1)) || (j-i == 1 && unicode.IsUpper(rs[i])) || initials(w) || partyState(string(rs[i:j])) {
					j++
				}
			}
			emit(i, j, word)
			i = j
		case isApostrophe(r) && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !isWordRune(rs[i+2])) && len(toks) > 0 && int(toks[len(toks)-1].end) == i && toks[len(toks)-1].kind == word:
			emit(i, i+2, word) // possessive ’s
			i += 2
		case isApostrophe(r) && r != '‘' && len(toks) > 0 && int(toks[len(toks)-1].end) == i && toks[len(toks)-1].kind == word &&
			strings.HasSuffix(toks[len(toks)-1].lower, "s") && (i+1 >= n || !isWordRune(rs[i+1]) && !isApostrophe(rs[i+1])):
			// The possessive of a plural or a name in s: "Sanders’ email".
			emit(i, i+1, word)
			toks[len(toks)-1].lower = "'s"
			i++
		case r == '-' && i+1 < n && rs[i+1] == '-':
			j := i
			for j < n && rs[j] == '-' {
				j++
			}
			emit(i, j, punct)
			i = j
		default:
			emit(i, i+1, punct)
			i++
		}
	}
	setWordSets(toks)
	return toks
}

// asciiLower returns s with the ASCII capitals lowered and every other
// byte as it is; s itself when it has no ASCII capital.
func asciiLower(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if i < 0 {
		return s
	}
	b := []byte(s)
	for j := i; j < len(b); j++ {
		if c := b[j]; 'A' <= c && c <= 'Z' {
			b[j] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isDashToken reports whether t is a dash used as punctuation: an em or
// en dash, "--", or a hyphen standing between spaces.
func isDashToken(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != punct {
		return false
	}
	r := []rune(t.text)
	if isDash(r[0]) || strings.HasPrefix(t.text, "--") {
		return true
	}
	return t.text == "-" && t.space && i+1 < len(toks) && toks[i+1].space
}

// initials reports whether w is dotted initials ("u.s", "d.c", "n.h"),
// whose final period belongs to the word; "mic.com" is not, and neither
// is a number: the period of "it cost $27.16. Lee said" ends a sentence.
func initials(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if len([]rune(part)) > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// numberFollows reports whether the first character from rs[i] on that is
// not a space is a digit. "No." is an abbreviation only before a number
// ("No. 2"); elsewhere it is the word, and its period ends a sentence:
// "She said no. Her aide …".
func numberFollows(rs []rune, i int) bool {
	for ; i < len(rs) && unicode.IsSpace(rs[i]); i++ {
	}
	return i < len(rs) && unicode.IsDigit(rs[i])
}

// closesInnerQuote reports whether rs[i] is the first of a run of three
// apostrophes that ends a single quotation inside a double one written
// with two apostrophes (NYT style): right after a word or a mark, the
// first apostrophe closes the single quotation and the other two the
// double one. Before a word the run opens both, the double one first,
// as the case for two apostrophes reads it.
func closesInnerQuote(rs []rune, i int) bool {
	return i > 0 && i+2 < len(rs) && rs[i] == '\'' && rs[i+1] == '\'' && rs[i+2] == '\'' && !unicode.IsSpace(rs[i-1]) && rs[i-1] != '\''
}
