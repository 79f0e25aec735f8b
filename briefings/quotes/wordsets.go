package quotes

import "sync"

// wordSets says which of the word lists most asked of tokens hold a
// token's word, a bit for each. The rules ask these lists of nearly
// every token, often many times over (each cue candidate, each scan back
// for a subject), and a look in a map hashes the word each time; the
// bits are found with one look per token, when the text is tokenized.
type wordSets uint64

const (
	inDeterminers wordSets = 1 << iota
	inBetween
	inSubjectPronouns
	inPrepositions
	inTimeWords
	inStopWords
	inAuxiliaries
	inTitles
	inStandalone
	inPossessives
	inOrgWords
	inBeForms
	inNegatedAuxiliaries
	inIntroPreps
	inBoundaryWords
	inRoleNouns
	inQuoteVerbs
	inNotSpeakers
	inFiniteForms
	inClosedClass
	inNotCues
	inModals
	inChargeNouns
	inSpeechNouns
	inStanceNouns
	inBackingNouns
	inNotParticiples
	inPresentVerbs
	inNotAfterPronoun
	inIrregularPast
	inSentenceOpeners
	// Lists that map a word to more than a yes: the bit says the word is
	// a key, and the map is looked in only then.
	inLexicon
	inStanceAdjectives
	inCritiqueNouns
	inIdiomForms
	inCognitionClause
	inPublishForms
)

// wordSetsOf maps each word of the lists to its bits. It is built on
// first use, after the package's init functions have filled the lists
// they complete (finiteForms, closedClass, notCues, lexicon).
var wordSetsOf = sync.OnceValue(func() map[string]wordSets {
	m := map[string]wordSets{}
	for _, l := range []struct {
		bit   wordSets
		words map[string]bool
	}{
		{inDeterminers, determiners}, {inBetween, between}, {inSubjectPronouns, subjectPronouns},
		{inPrepositions, prepositions}, {inTimeWords, timeWords}, {inStopWords, stopWords},
		{inAuxiliaries, auxiliaries}, {inTitles, titles}, {inStandalone, standalone},
		{inPossessives, possessives}, {inOrgWords, orgWords}, {inBeForms, beForms},
		{inNegatedAuxiliaries, negatedAuxiliaries}, {inIntroPreps, introPreps},
		{inBoundaryWords, boundaryWords}, {inRoleNouns, roleNouns}, {inQuoteVerbs, quoteVerbs},
		{inNotSpeakers, notSpeakers}, {inFiniteForms, finiteForms}, {inClosedClass, closedClass},
		{inNotCues, notCues}, {inModals, modals}, {inChargeNouns, chargeNouns},
		{inSpeechNouns, speechNouns}, {inStanceNouns, stanceNouns}, {inBackingNouns, backingNouns},
		{inNotParticiples, notParticiples}, {inPresentVerbs, presentVerbs}, {inNotAfterPronoun, notAfterPronoun},
		{inIrregularPast, irregularPast}, {inSentenceOpeners, sentenceOpeners},
	} {
		for w, on := range l.words {
			if on {
				m[w] |= l.bit
			}
		}
	}
	keys(m, inLexicon, lexicon)
	keys(m, inStanceAdjectives, stanceAdjectives)
	keys(m, inCritiqueNouns, critiqueNouns)
	keys(m, inIdiomForms, idiomForms)
	keys(m, inCognitionClause, cognitionClause)
	keys(m, inPublishForms, publishForms)
	return m
})

// keys sets bit on the words that are keys of words.
func keys[V any](m map[string]wordSets, bit wordSets, words map[string]V) {
	for w := range words {
		m[w] |= bit
	}
}

// setWordSets gives each token the bits of its word.
func setWordSets(toks []token) {
	m := wordSetsOf()
	for i := range toks {
		toks[i].sets = m[toks[i].lower]
	}
}

// in reports whether the token's word is in the list of bit: t.in(inStopWords)
// is stopWords[t.lower].
func (t *token) in(bit wordSets) bool { return t.sets&bit != 0 }

// lookup is words[t.lower], where bit is the bit of words: a word the
// list does not hold is not looked for.
func lookup[V any](t *token, bit wordSets, words map[string]V) (V, bool) {
	if t.sets&bit == 0 {
		var none V
		return none, false
	}
	v, ok := words[t.lower]
	return v, ok
}

// listed is the lexicon's entry for the token, lexicon[t.lower].
func (t *token) listed() (cue, bool) { return lookup(t, inLexicon, lexicon) }

// entry is the lexicon's entry for the token, the zero cue when it has
// none.
func (t *token) entry() cue {
	c, _ := t.listed()
	return c
}
