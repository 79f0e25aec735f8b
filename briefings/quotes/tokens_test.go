package quotes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenLowerSeeds are texts whose tokens' lower forms are easy to get
// wrong: capitals outside ASCII, typographic apostrophes, initialisms,
// scripts other than Latin, emoji, and empty or punctuation-only text.
var tokenLowerSeeds = []string{
	"",
	" ",
	"!?.,;:",
	"— – ― ‒ -- ... … “ ” „ « » '' `` ‘‘",
	"WHO said the WHO is who.",
	"McDONALD'S and McDONALD’S sold BIG MACS; O’NEILL’S pub, Sanders’ email, the ’90s.",
	"Renée CÔTÉ, ÉLODIE and ÅSA told Ørsted’s board.",
	"МИНИСТР Сергей Волков заявил: «Нет».",
	"習近平 said 我们会 完成 ＡＢＣ ｗｏｒｄ",
	"İstanbul’s ISTANBUL ǅemal ǈ ß ẞ Σίσυφος ΣΊΣΥΦΟΣ",
	"🚑 emergency 👍🏽 OK",
	"R-Ky. Mitch Leeds, D-Texas, U.S. D.C. No. 2 no. Mr. Lee",
	strings.Repeat("Antidisestablishmentarianism", 500),
	strings.Repeat("É", 300) + "’S",
	"a\u00a0b\u200bc\ufeffD e\u0301F",
	"\xff\xfeBAD\xc3 bytes",
}

// checkTokenLowers compares each token of text with what its lower form
// and its capital mark must be: strings.ToLower of its text with ’ made
// ', except "WHO" (the World Health Organization) and a lone apostrophe
// of a possessive in s, which the tokenizer names "'s".
func checkTokenLowers(t *testing.T, text string) {
	t.Helper()
	rs := []rune(text)
	toks := tokenize(text, rs)
	for i := range toks {
		tk := &toks[i]
		if got := string(rs[tk.start:tk.end]); got != tk.text && utf8.ValidString(text) {
			t.Fatalf("%q: token %d text %q, its offsets [%d,%d) give %q", text, i, tk.text, tk.start, tk.end, got)
		}
		want := strings.ToLower(strings.ReplaceAll(tk.text, "’", "'"))
		switch {
		case tk.text == "WHO":
			want = "w.h.o."
		case tk.kind == word && (tk.text == "’" || tk.text == "'") && i > 0 && tk.lower == "'s":
			want = "'s" // "Sanders’ email"
		}
		if tk.lower != want {
			t.Errorf("%q: token %d %q has lower %q, want %q", text, i, tk.text, tk.lower, want)
		}
		if want := unicode.IsUpper([]rune(tk.text)[0]); tk.capital() != want {
			t.Errorf("%q: token %d %q capital() = %v, want %v", text, i, tk.text, tk.capital(), want)
		}
	}
}

// TestTokenLower checks the tokenizer's lower forms, the ASCII fast path
// and the general one alike, against strings.ToLower.
func TestTokenLower(t *testing.T) {
	for _, text := range tokenLowerSeeds {
		checkTokenLowers(t, text)
	}
}

func FuzzTokenLower(f *testing.F) {
	for _, s := range tokenLowerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkTokenLowers(t, text) })
}

// wordSetLists are the lists wordSets holds a bit for, as wordSetsOf
// builds it, with the bit of each: a list added to one but not the
// other fails TestWordSets.
func wordSetLists() map[wordSets]func(w string) bool {
	b := func(m map[string]bool) func(string) bool { return func(w string) bool { return m[w] } }
	return map[wordSets]func(string) bool{
		inDeterminers: b(determiners), inBetween: b(between), inSubjectPronouns: b(subjectPronouns),
		inPrepositions: b(prepositions), inTimeWords: b(timeWords), inStopWords: b(stopWords),
		inAuxiliaries: b(auxiliaries), inTitles: b(titles), inStandalone: b(standalone),
		inPossessives: b(possessives), inOrgWords: b(orgWords), inBeForms: b(beForms),
		inNegatedAuxiliaries: b(negatedAuxiliaries), inIntroPreps: b(introPreps),
		inBoundaryWords: b(boundaryWords), inRoleNouns: b(roleNouns), inQuoteVerbs: b(quoteVerbs),
		inNotSpeakers: b(notSpeakers), inFiniteForms: b(finiteForms), inClosedClass: b(closedClass),
		inNotCues: b(notCues), inModals: b(modals), inChargeNouns: b(chargeNouns),
		inSpeechNouns: b(speechNouns), inStanceNouns: b(stanceNouns), inBackingNouns: b(backingNouns),
		inNotParticiples: b(notParticiples), inPresentVerbs: b(presentVerbs), inNotAfterPronoun: b(notAfterPronoun),
		inIrregularPast: b(irregularPast), inSentenceOpeners: b(sentenceOpeners),
		inLexicon:          func(w string) bool { _, ok := lexicon[w]; return ok },
		inStanceAdjectives: func(w string) bool { _, ok := stanceAdjectives[w]; return ok },
		inCritiqueNouns:    func(w string) bool { _, ok := critiqueNouns[w]; return ok },
		inIdiomForms:       func(w string) bool { _, ok := idiomForms[w]; return ok },
		inCognitionClause:  func(w string) bool { _, ok := cognitionClause[w]; return ok },
		inPublishForms:     func(w string) bool { _, ok := publishForms[w]; return ok },
	}
}

// TestWordSets checks that a token's bits say what a look in each list
// says, for every word of every list and for the words of a text, after
// extraction has run: a list changed after the bits were built (an init
// function run late, a list filled at run time) would show here.
func TestWordSets(t *testing.T) {
	Extract("“We will win,” Lee said.") // the bits are built by now
	lists := wordSetLists()
	if len(lists) != 37 {
		t.Fatalf("%d lists here; update wordSetLists with wordSetsOf", len(lists))
	}
	words := map[string]bool{}
	for _, in := range []map[string]bool{determiners, stopWords, finiteForms, closedClass, notCues, titles, orgWords} {
		for w := range in {
			words[w] = true
		}
	}
	for w := range lexicon {
		words[w] = true
	}
	for w := range wordSetsOf() {
		words[w] = true
	}
	for _, s := range tokenLowerSeeds {
		for _, tk := range tokenize(s, []rune(s)) {
			words[tk.lower] = true
		}
	}
	m := wordSetsOf()
	for w := range words {
		tk := token{lower: w, sets: m[w]}
		for bit, has := range lists {
			if tk.in(bit) != has(w) {
				t.Errorf("%q: bit %#x is %v, the list says %v", w, uint64(bit), tk.in(bit), has(w))
			}
		}
	}
}
