package quotes

import "strings"

// presentVerbs are verbs whose plain present after a subject ("voters
// prefer", "most remain", "the court holds") is seldom a noun. A wider
// list would cut real content at nouns ("the party plan").
var presentVerbs = set("appear", "prefer", "remain", "seem", "hold", "tend", "want", "think",
	"believe", "agree", "disagree", "expect", "know", "feel", "oppose", "favor", "favour",
	"dislike", "worry", "say", "continue", "understand", "consider", "doubt", "deserve",
	"intend", "refuse", "insist", "acknowledge", "admit", "suggest", "argue", "contend")

// quantitySubjects stand alone as a clause's subject: "most prefer",
// "others say", "both agree".
var quantitySubjects = set("most", "many", "some", "others", "few", "both", "all", "none", "several", "half", "neither")

// presentVerbAt reports whether token v is a present verb after a
// subject ending at token g: the third person of a presentVerb after
// any subject, its plain form after a plural one ("candidates appear",
// "they prefer", "most remain").
func (x *extractor) presentVerbAt(g, v int) bool {
	d := x.d
	w := &d.toks[v]
	if w.kind != word || w.capital() || d.inq[v] >= 0 {
		return false
	}
	if strings.HasSuffix(w.lower, "s") && presentVerbs[strings.TrimSuffix(w.lower, "s")] {
		return true
	}
	if g >= 0 && d.toks[g].is("they", "we", "i", "you") && d.inq[g] < 0 && !w.in(inNotAfterPronoun) && !w.in(inBetween) && !adverb(w) && !w.in(inPrepositions) && !w.in(inDeterminers) {
		return true // "we need", "they support": a personal pronoun is a subject
	}
	if !w.in(inPresentVerbs) {
		return false
	}
	return pluralSubject(&d.toks[g])
}

// pluralSubject reports whether t can end a subject that takes a verb's
// plain form: a pronoun that does ("they", "we", but also "I" and
// "you"), a quantity, a number or a noun in "-s".
func pluralSubject(t *token) bool {
	if t.kind != word {
		return false
	}
	if t.is("they", "we", "i", "you") || quantitySubjects[t.lower] || number(t) {
		return true
	}
	return !t.capital() && plural(t) && !strings.HasSuffix(t.lower, "us") && !strings.HasSuffix(t.lower, "is")
}

// otherSubject returns the last token of a clause subject at j that
// npForward does not take: "there" before a form of "be" ("there were
// no objections"), a quantity standing alone ("most prefer"), before
// a noun ("both sides") or before "of" and a phrase ("three of the five
// members").
func (x *extractor) otherSubject(j, end int) (int, bool) {
	d := x.d
	t := &d.toks[j]
	if d.inq[j] >= 0 || j+1 >= end {
		return 0, false
	}
	if t.is("there") && d.toks[j+1].is("is", "was", "are", "were", "'s", "has", "have", "had", "will", "would", "may", "might", "could", "seems", "appears", "remains") {
		return j, true
	}
	if !(quantitySubjects[t.lower] || number(t) || strings.Contains(t.lower, "-") && (strings.HasSuffix(t.lower, "thirds") || strings.HasSuffix(t.lower, "fourths") || strings.HasSuffix(t.lower, "fifths"))) {
		return 0, false
	}
	if d.toks[j+1].is("of") && j+2 < end {
		if _, e, ok := x.npForward(j+2, end); ok {
			return e, true
		}
		if d.toks[j+2].is("them", "us", "those") {
			return j + 2, true
		}
		return 0, false
	}
	if _, e, ok := x.npForward(j+1, end); ok && !t.is("none", "others") && !x.presentVerbAt(j, j+1) {
		return x.beforePresentVerb(j+1, e), true // "both sides", "most voters"
	}
	return j, true
}

// beforePresentVerb ends the noun phrase [j, e] before a present verb
// that npForward took for a noun: "candidates appear stronger".
func (x *extractor) beforePresentVerb(j, e int) int {
	for m := j + 1; m <= e; m++ {
		if x.presentVerbAt(m-1, m) {
			return m - 1
		}
	}
	return e
}

// negatedAuxiliaries are finite, though between also lets them stand
// between a subject and its cue: "both sides aren't far apart".
var negatedAuxiliaries = set(negatedAuxiliaryWords...)

var negatedAuxiliaryWords = []string{"doesn't", "didn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't",
	"can't", "couldn't", "isn't", "wasn't", "aren't", "weren't"}

// notAfterPronoun are the words other than verbs, adverbs and
// prepositions that follow a subject pronoun: "we all", "they too".
var notAfterPronoun = set("and", "but", "or", "nor", "so", "yet", "that", "which", "who", "when", "where",
	"while", "as", "if", "because", "all", "both", "each", "alone", "too", "here", "there", "no", "not",
	"than", "whether", "though", "although", "until", "unless", "once", "before", "after", "since")

// openingSubordinators open a subordinate clause that can stand before
// a sentence's main clause; frontedSubordinators and introOpeners both
// start from them.
var openingSubordinators = []string{"as", "while", "although", "though", "when", "after", "since", "because"}

// frontedSubordinators open a clause before the main one: "While the
// builder claimed that ..., inspectors found ...".
var frontedSubordinators = setPlus(openingSubordinators, "before", "even", "whereas", "once", "until", "if", "where")

// frontedClauseEnd ends the content [i, end) at the comma that closes
// a clause opening the sentence when the cue stands in it: "Although
// the governor announced that the plant would close, the workers kept
// their jobs." The main clause after the comma is the narrator's.
func (x *extractor) frontedClauseEnd(h hit, i, end int) int {
	d := x.d
	s0 := -1
	if s := d.sentenceAt(h.first); s >= 0 {
		s0 = d.sents[s][0]
	}
	// No content ("While Lee said" at the text's end): nothing to cut,
	// and token i may lie past the text.
	if s0 < 0 || i <= h.last || i >= end {
		return end
	}
	if x.frontedSubordinator(h, s0) < 0 {
		return end
	}
	// A stance verb's object and an infinitive are whole predicates; a
	// clause needs its own verb before the comma.
	verb := h.c.class == other && !clauseOpeners[d.toks[i].lower]
	for k := i; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			return end
		}
		t := &d.toks[k]
		if k > i && (finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || x.presentVerbAt(k-1, k)) {
			verb = true
		}
		if t.text == "," && verb && x.subjectAndVerb(k+1, end) {
			return k
		}
	}
	return end
}

// frontedSubordinator returns the subordinator that opens the clause
// before the sentence's main one in which cue h stands, or -1: the last
// subordinator before the cue with no comma after it, and no verb before
// it: "Years after Lee claimed that ...", not "Lee won after Park claimed
// that ...". s0 is the sentence's first token.
func (x *extractor) frontedSubordinator(h hit, s0 int) int {
	d := x.d
	f := -1
	for k := h.first - 1; k >= s0; k-- {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == "," || t.kind == qmark {
			return -1
		}
		if frontedSubordinators[t.lower] {
			f = k
			break
		}
	}
	if f < 0 {
		return -1
	}
	for k := s0; k < f; k++ {
		if t := &d.toks[k]; d.inq[k] >= 0 || t.kind != word || finiteVerb(t) || t.in(inAuxiliaries) {
			return -1
		}
	}
	return f
}

// speakerAuxiliary reports whether an auxiliary and a verb start at j
// after an object with no verb of its own: the speaker's next predicate
// ("outlined no plan and may not offer one", "opposed the bill and
// once again did not vote").
func (x *extractor) speakerAuxiliary(j, end int) bool {
	d := x.d
	if j+1 >= end || d.inq[j] >= 0 || d.inq[j+1] >= 0 {
		return false
	}
	w, n := &d.toks[j], &d.toks[j+1]
	if !(w.in(inAuxiliaries) || w.in(inNegatedAuxiliaries)) || w.capital() {
		return false
	}
	return n.kind == word && !n.capital() && !n.in(inDeterminers) && !n.in(inPrepositions)
}
