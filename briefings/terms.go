package briefings

import (
	"strings"
	"unicode"

	"github.com/newsbot-dev/newsbot/briefings/porter"
)

// Terms returns the stemmed content words of s, in order: lower-cased,
// split on anything that is not a letter or digit, stop words and
// one-letter words dropped, Porter-stemmed. They are what sentences are
// compared by, and what Sentence.Terms stores.
func Terms(s string) []string {
	var out []string
	for _, w := range words(s) {
		if stopWords[w] || len(w) < 2 {
			continue
		}
		out = append(out, porter.Stem(w))
	}
	return out
}

// words splits s into lower-cased words. An apostrophe inside a word is
// dropped with what follows it ("Syria's" -> "syria", "don't" -> "don"), so
// possessives match their nouns. Numbers keep their digit-group commas and
// decimal points ("8,000" -> "8000", "3.5" -> "3.5").
func words(s string) []string {
	var out []string
	var b strings.Builder
	skip := false
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
		skip = false
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !skip {
				b.WriteRune(fold(unicode.ToLower(r)))
			}
		case unicode.Is(unicode.Mn, r):
			// a combining accent: dropped, as FTS5's remove_diacritics does
		case (r == '\'' || r == '’') && b.Len() > 0:
			skip = true
		case (r == ',' || r == '.') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) && !skip:
			if r == '.' {
				b.WriteRune(r)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// fold removes the diacritic from a precomposed Latin letter ("é" -> "e",
// "ö" -> "o"), so that "Köln" and "Koln" are one term, as in the FTS index.
func fold(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	if f, ok := latinFold[r]; ok {
		return f
	}
	return r
}

var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşš", 't': "ţťŧ", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	}
	for base, variants := range groups {
		for _, v := range variants {
			m[v] = base
		}
	}
	return m
}()

// stopWords are English function words, plus reporting verbs that every
// news sentence shares and that would otherwise make unrelated sentences
// look alike.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren as at be
		because been before being below between both but by can cannot could couldn did didn do does doesn doing
		don down during each few for from further had hadn has hasn have haven having he her here hers herself
		him himself his how i if in into is isn it its itself just let ll me more most mustn my myself no nor
		not now of off on once only or other ought our ours ourselves out over own re same shan she should
		shouldn so some such than that the their theirs them themselves then there these they this those
		through to too under until up us ve very was wasn we were weren what when where which while who whom
		why will with won would wouldn you your yours yourself yourselves said says say saying told tell
		according mr mrs ms dr one two also would may might must shall yet however`) {
		m[w] = true
	}
	return m
}()
