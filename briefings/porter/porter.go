// Package porter is the Porter stemmer exactly as NLTK's PorterStemmer()
// runs it in its default NLTK_EXTENSIONS mode.
//
// Exactness matters more than linguistic quality here: Google's rouge_score
// stems with that stemmer, and ROUGE figures are only comparable with
// published ones when every token stems the same way. The steps follow the
// structure of nltk/stem/porter.py (NLTK 3.5+), including its departures
// from the 1980 paper:
//
//   - a table of irregular forms (skies→sky, dying→die, news→news, ...)
//     bypasses the algorithm;
//   - words of one or two letters are returned unchanged;
//   - step 1a maps a four-letter "-ies" word to "-ie" (dies→die), step 1b
//     maps "-ied" to "-ie" in four-letter words and to "-i" otherwise
//     (died→die, spied→spi);
//   - step 1c turns a final y into i only after a consonant that is not
//     the first letter (happy→happi, enjoy→enjoy, sky→ski);
//   - *o also holds for a two-letter vowel-consonant stem;
//   - step 2 uses "bli"→"ble" instead of "abli"→"able", tries "alli"→"al"
//     first and then runs step 2 again on the result, and adds
//     "fulli"→"ful" and "logi"→"log" (the l counted with the stem).
//
// As in NLTK, a rule list stops at the first rule whose suffix matches,
// whether or not its condition holds.
package porter

import "strings"

// irregular maps forms NLTK stems by table rather than by rule.
var irregular = map[string]string{
	"sky": "sky", "skies": "sky",
	"dying":   "die",
	"lying":   "lie",
	"tying":   "tie",
	"news":    "news",
	"innings": "inning", "inning": "inning",
	"outings": "outing", "outing": "outing",
	"cannings": "canning", "canning": "canning",
	"howe":    "howe",
	"proceed": "proceed",
	"exceed":  "exceed",
	"succeed": "succeed",
}

// Stem returns the Porter stem of word. Callers normally pass lower-case
// words; like NLTK, Stem lower-cases the word but looks it up in the
// irregular-forms table as given, so "Skies" stems to "ski", not "sky".
// Lengths count runes, as Python counts code points.
func Stem(word string) string {
	lower := strings.ToLower(word)
	if s, ok := irregular[word]; ok {
		return s
	}
	w := []rune(lower)
	if len([]rune(word)) <= 2 {
		return lower
	}
	w = step1a(w)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	w = step5b(w)
	return string(w)
}

func isVowel(r rune) bool {
	return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u'
}

// consonant reports whether w[i] is a consonant: not a vowel, and not a y
// that follows a consonant.
func consonant(w []rune, i int) bool {
	// A run of y's alternates, starting from the letter before the run.
	j := i
	for j >= 0 && w[j] == 'y' {
		j--
	}
	var c bool
	if j < 0 {
		// The word starts with y, which counts as a consonant.
		c = true
		j = 0
	} else {
		c = !isVowel(w[j])
	}
	for k := j + 1; k <= i; k++ {
		c = !c
	}
	return c
}

// measure is m in [C](VC){m}[V]: the number of vowel-to-consonant changes.
func measure(w []rune) int {
	m := 0
	prevVowel := false
	for i := range w {
		c := isConsonantAfter(w, i, i > 0 && !prevVowel)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

// isConsonantAfter is consonant(w, i) given whether w[i-1] is a consonant,
// which makes a left-to-right scan linear.
func isConsonantAfter(w []rune, i int, prevConsonant bool) bool {
	if isVowel(w[i]) {
		return false
	}
	if w[i] == 'y' {
		return i == 0 || !prevConsonant
	}
	return true
}

func containsVowel(w []rune) bool {
	prev := false
	for i := range w {
		c := isConsonantAfter(w, i, prev)
		if !c {
			return true
		}
		prev = c
	}
	return false
}

// endsDouble is *d: the word ends with a double consonant.
func endsDouble(w []rune) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1)
}

// endsCVC is *o: consonant-vowel-consonant with the last not w, x or y; or,
// an NLTK extension, a two-letter vowel-consonant word.
func endsCVC(w []rune) bool {
	n := len(w)
	if n >= 3 && consonant(w, n-3) && !consonant(w, n-2) && consonant(w, n-1) {
		last := w[n-1]
		return last != 'w' && last != 'x' && last != 'y'
	}
	return n == 2 && !consonant(w, 0) && consonant(w, 1)
}

func hasSuffix(w []rune, s string) bool {
	if len(s) > len(w) {
		return false
	}
	off := len(w) - len(s)
	for i := 0; i < len(s); i++ {
		if w[off+i] != rune(s[i]) {
			return false
		}
	}
	return true
}

// replace returns w with its last n runes replaced by s, without touching
// w's backing array (callers may still hold w).
func replace(w []rune, n int, s string) []rune {
	out := make([]rune, 0, len(w)-n+len(s))
	out = append(out, w[:len(w)-n]...)
	for i := 0; i < len(s); i++ {
		out = append(out, rune(s[i]))
	}
	return out
}

// rule is one suffix rule: when the word ends in suffix and cond holds for
// the stem before it, the suffix becomes repl.
type rule struct {
	suffix, repl string
	cond         func(stem []rune) bool
}

// apply applies the first rule whose suffix matches; if its condition
// fails, no later rule is tried.
func apply(w []rune, rules []rule) []rune {
	for _, r := range rules {
		if !hasSuffix(w, r.suffix) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if r.cond == nil || r.cond(stem) {
			return replace(w, len(r.suffix), r.repl)
		}
		return w
	}
	return w
}

func positive(stem []rune) bool { return measure(stem) > 0 }
func aboveOne(stem []rune) bool { return measure(stem) > 1 }

var step1aRules = []rule{
	{"sses", "ss", nil},
	{"ies", "i", nil},
	{"ss", "ss", nil},
	{"s", "", nil},
}

func step1a(w []rune) []rune {
	if len(w) == 4 && hasSuffix(w, "ies") {
		return replace(w, 3, "ie")
	}
	return apply(w, step1aRules)
}

func step1b(w []rune) []rune {
	if hasSuffix(w, "ied") {
		if len(w) == 4 {
			return replace(w, 3, "ie")
		}
		return replace(w, 3, "i")
	}
	if hasSuffix(w, "eed") {
		if positive(w[:len(w)-3]) {
			return replace(w, 3, "ee")
		}
		return w
	}
	var stem []rune
	switch {
	case hasSuffix(w, "ed") && containsVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case hasSuffix(w, "ing") && containsVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	switch {
	case hasSuffix(stem, "at"), hasSuffix(stem, "bl"), hasSuffix(stem, "iz"):
		return replace(stem, 0, "e")
	case endsDouble(stem):
		// NLTK's "*d" rule: undouble, except l, s and z; either way no
		// later rule is tried.
		if last := stem[len(stem)-1]; last != 'l' && last != 's' && last != 'z' {
			return stem[:len(stem)-1]
		}
		return stem
	case measure(stem) == 1 && endsCVC(stem):
		return replace(stem, 0, "e")
	}
	return stem
}

func step1c(w []rune) []rune {
	if !hasSuffix(w, "y") {
		return w
	}
	stem := w[:len(w)-1]
	if len(stem) > 1 && consonant(stem, len(stem)-1) {
		return replace(w, 1, "i")
	}
	return w
}

var step2Rules []rule

func init() {
	// Built in init because the "logi" condition looks at the word, not
	// the stem: the rule's l belongs to the stem (geo-logi → geolog).
	step2Rules = []rule{
		{"ational", "ate", positive},
		{"tional", "tion", positive},
		{"enci", "ence", positive},
		{"anci", "ance", positive},
		{"izer", "ize", positive},
		{"bli", "ble", positive},
		{"alli", "al", positive},
		{"entli", "ent", positive},
		{"eli", "e", positive},
		{"ousli", "ous", positive},
		{"ization", "ize", positive},
		{"ation", "ate", positive},
		{"ator", "ate", positive},
		{"alism", "al", positive},
		{"iveness", "ive", positive},
		{"fulness", "ful", positive},
		{"ousness", "ous", positive},
		{"aliti", "al", positive},
		{"iviti", "ive", positive},
		{"biliti", "ble", positive},
		{"fulli", "ful", positive},
		// stem is the word less "logi"; NLTK measures the word less "ogi".
		{"logi", "log", func(stem []rune) bool { return measure(stem[:len(stem)+1]) > 0 }},
	}
}

func step2(w []rune) []rune {
	if hasSuffix(w, "alli") && positive(w[:len(w)-4]) {
		return step2(replace(w, 4, "al"))
	}
	return apply(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", positive},
	{"ative", "", positive},
	{"alize", "al", positive},
	{"iciti", "ic", positive},
	{"ical", "ic", positive},
	{"ful", "", positive},
	{"ness", "", positive},
}

func step3(w []rune) []rune { return apply(w, step3Rules) }

var step4Rules = []rule{
	{"al", "", aboveOne},
	{"ance", "", aboveOne},
	{"ence", "", aboveOne},
	{"er", "", aboveOne},
	{"ic", "", aboveOne},
	{"able", "", aboveOne},
	{"ible", "", aboveOne},
	{"ant", "", aboveOne},
	{"ement", "", aboveOne},
	{"ment", "", aboveOne},
	{"ent", "", aboveOne},
	{"ion", "", func(stem []rune) bool {
		return measure(stem) > 1 && (stem[len(stem)-1] == 's' || stem[len(stem)-1] == 't')
	}},
	{"ou", "", aboveOne},
	{"ism", "", aboveOne},
	{"ate", "", aboveOne},
	{"iti", "", aboveOne},
	{"ous", "", aboveOne},
	{"ive", "", aboveOne},
	{"ize", "", aboveOne},
}

func step4(w []rune) []rune { return apply(w, step4Rules) }

// step5a drops a final e when m > 1, or when m = 1 and the stem does not
// end cvc. Unlike the other steps both conditions are tried.
func step5a(w []rune) []rune {
	if !hasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	m := measure(stem)
	if m > 1 || (m == 1 && !endsCVC(stem)) {
		return stem
	}
	return w
}

// step5b undoubles a final ll when m > 1, measured on the word less one l.
func step5b(w []rune) []rune {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}
