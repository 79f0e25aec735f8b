package quotes

import "strings"

// contrastGoesOn reports whether ", but" at comma k, in content that
// starts at i, goes on with the content's own contrast instead of
// starting another clause: "argued that the fee was not a tax, but
// rather a charge", "said the town needs not only roads, but also
// schools", "said the rule should cover banks, but not credit unions".
// Annotators keep such a contrast in the statement. Only a clause (a
// subject and its verb) takes the bare ", but not / only / also / never":
// after an object ("praised the plan, but also used it to …", "agreed to
// a call, but only to …") the contrast is the speaker's own predicate.
// The scan back for "not only" is bounded, so a comma costs constant
// time.
func (x *extractor) contrastGoesOn(i, k, s1 int) bool {
	d := x.d
	if k+2 >= s1 || !d.toks[k+1].is("but") || d.inq[k+1] >= 0 || d.inq[k+2] >= 0 {
		return false
	}
	m := &d.toks[k+2]
	if m.is("rather", "instead") {
		return true
	}
	// "not only … , but": the correlative pair spans the comma.
	for j := k - 1; j > i && j >= k-40; j-- {
		if d.inq[j] < 0 && d.toks[j].is("only", "just", "merely", "simply") && d.toks[j-1].is("not") && d.inq[j-1] < 0 {
			return true
		}
	}
	if !m.is("not", "only", "also", "never") {
		return x.secondPredicate(i, k+2, s1)
	}
	// ", but not only did he …": an inverted clause of its own.
	if m.is("not") && k+3 < s1 && d.toks[k+3].is("only", "just") {
		return false
	}
	if i < k && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	return i < k && d.inq[i] < 0 && x.subjectAndVerb(i, k)
}

// evidenceContrastEnd extends the content of an evidence verb ("show",
// "find", "reveal") that contentEnd stopped before ", while" or ",
// whereas" to the end of the contrast: "the survey found that most
// renters favor the tax, while most owners oppose it". A finding's
// contrast is part of what the record shows; after a person's statement
// the clause is more often the narrator's. Not a participle ("…, while
// adding …") nor another speaker's statement ("…, while the mayor said
// …").
func (x *extractor) evidenceContrastEnd(h hit, end, s1 int) int {
	d := x.d
	if !evidenceVerbs[h.c.lemma] || end+2 >= s1 || d.inq[end] >= 0 || d.toks[end].text != "," || !d.toks[end+1].is("while", "whereas") || d.inq[end+1] >= 0 {
		return end
	}
	if participle(&d.toks[end+2]) || x.subjectThenSay(end+2, s1) {
		return end
	}
	return x.contentEnd(end+2, s1)
}

// secondPredicate reports whether the words at j, after ", but" in
// content that starts at i, are a second predicate of the reported
// clause's subject, with no subject of their own: "said the plan was
// sound, but needs more money", "said he was not sure the rule applied,
// but planned to follow it". A verb of speech there ("…, but said",
// "…, but did not say when") is the speaker's next statement, and after
// an object ("praised the plan, but …") there is no clause to go on.
func (x *extractor) secondPredicate(i, j, s1 int) bool {
	d := x.d
	for first := j; j < s1 && j < first+3 && d.inq[j] < 0 && (adverb(&d.toks[j]) || d.toks[j].in(inBetween) && !d.toks[j].in(inAuxiliaries)); {
		j++
	}
	if j >= s1 || d.inq[j] >= 0 {
		return false
	}
	v := &d.toks[j]
	if !(v.in(inAuxiliaries) || v.in(inNegatedAuxiliaries) || finiteVerb(v)) || v.capital() {
		return false
	}
	for k := j; k < s1 && k < j+5 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
		if c, ok := d.toks[k].listed(); ok && c.class == say {
			return false
		}
	}
	if i < s1 && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	return d.inq[i] < 0 && x.subjectAndVerb(i, j)
}

// concessionGoesOn reports whether ", though" or ", although" at comma k,
// in content that starts at i, concedes within what was said rather than
// adding the narrator's remark. Annotators keep a concession without a
// verb of its own ("called the district Democratic, though culturally
// conservative", "defended the plan, though not its cost") and one set
// off inside the clause ("said the bridge, though it was old, was safe"). A concession with
// its own clause stays after a reported clause ("said the change helped,
// although the rules are still too narrow") unless it reports speech
// itself ("…, though she did not say when", "…, although records
// show …"); after an object it is the narrator's ("endorsed the deal,
// although she had doubts"). The scan stops at the next comma, so a
// comma costs constant time.
func (x *extractor) concessionGoesOn(i, k, s1 int) bool {
	d := x.d
	if k+2 >= s1 || !d.toks[k+1].is("though", "although") || d.toks[k+1].capital() || d.inq[k+1] >= 0 || d.toks[k+2].kind != word || d.inq[k+2] >= 0 {
		return false
	}
	verb, speech := false, false
	j := k + 2
	for ; j < s1 && j < k+30 && d.inq[j] < 0; j++ {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || t.text == "." || isDashToken(d.toks, j) {
			break
		}
		verb = verb || finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries)
		if c, ok := t.listed(); ok && (c.class == say || evidenceVerbs[c.lemma]) {
			speech = true
		}
	}
	if !verb {
		return true // verbless: "though culturally conservative"
	}
	// "the bridge, though it was old, was safe": the clause goes on after the
	// concession.
	if j+1 < s1 && d.toks[j].text == "," && d.inq[j+1] < 0 {
		if n := &d.toks[j+1]; finiteVerb(n) && !n.capital() || n.in(inAuxiliaries) || n.in(inNegatedAuxiliaries) {
			return true
		}
	}
	if speech {
		return false
	}
	if i < k && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	return i < k && d.inq[i] < 0 && x.subjectAndVerb(i, k)
}

// sharedPredicate reports whether the verb of belief or wish after "and"
// at k is a second predicate of the reported clause [i, k) rather than a
// second cue of the speaker: "said he was fond of the old bakery and
// wanted it reopened", "says he is proud of the team and expects to
// win". The clause must have a subject and a verb of its own, and the
// second verb must share that verb's tense (past with past or perfect,
// present with present or perfect). A verb of speech or of an act
// ("and promised", "and criticized") is the speaker's, and so is a change
// of tense ("says he earns little and questioned the plan") or a modal
// ("said the economy would recover and praised the envoy").
func (x *extractor) sharedPredicate(i, k int) bool {
	d := x.d
	if k+1 >= len(d.toks) || d.inq[k+1] >= 0 || !d.toks[k].is("and") {
		return false
	}
	c, ok := d.toks[k+1].listed()
	if !ok || c.class != other || c.form != past && c.form != third || !clauseTaking[c.lemma] && !mentalStates[c.lemma] {
		return false
	}
	if i < k && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	if i >= k || d.inq[i] >= 0 || !x.subjectAndVerb(i, k) {
		return false
	}
	switch x.clauseTense(i, k) {
	case pastTense:
		return c.form == past
	case presentTense:
		return c.form == third
	case perfectTense:
		return true
	}
	return false
}

// mentalStates are, with clauseTaking, the stance verbs that a reported
// clause's own subject holds ("and wanted", "and supports"); a verb of
// an act of speech ("and called", "and criticized", "and questioned") is
// the speaker's next statement.
var mentalStates = set("want", "like", "love", "hate", "dislike", "prefer", "plan", "intend", "decide",
	"support", "oppose", "favor", "trust", "distrust", "understand", "realize", "remember", "anticipate",
	"envision", "imagine", "regret")

// The tenses clauseTense tells apart.
const (
	noTense = iota // a modal, or no finite verb
	pastTense
	presentTense
	perfectTense // "has been", "have seen": with a past or a present
)

// clauseTense returns the tense of the first finite verb in [i, k),
// looking at no more than a dozen tokens.
func (x *extractor) clauseTense(i, k int) int {
	d := x.d
	for j := i; j < k && j < i+12; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || t.kind != word {
			continue
		}
		switch {
		case t.is("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"):
			return pastTense
		case t.is("has", "have", "hasn't", "haven't"):
			return perfectTense
		case t.is("is", "are", "does", "do", "'s", "'re", "isn't", "aren't", "doesn't", "don't"):
			return presentTense
		case t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries):
			return noTense // a modal
		}
		if j == i || !finiteVerb(t) {
			continue
		}
		if c, listed := t.listed(); listed && c.form == third || !listed && strings.HasSuffix(t.lower, "s") {
			return presentTense
		}
		return pastTense
	}
	return noTense
}

// asideResumes reports whether the clause interrupted by a relative
// aside resumes at j, after the aside's closing comma, with something
// other than a bare verb: "as" and what the subject was called ("praised
// Lee, who left the race, as “a gentleman”"), or a quotation that opens
// with the predicate ("said Park, who runs the shelter, “is the best
// we have”").
func (x *extractor) asideResumes(j, s1 int) bool {
	d := x.d
	if j+1 >= s1 {
		return false
	}
	n := &d.toks[j]
	if n.is("as") && !n.capital() && d.inq[j] < 0 {
		// "as “a gentleman”", "as a partner": not "as soon as", "as
		// he said".
		return d.toks[j+1].kind == qmark || d.toks[j+1].is("a", "an")
	}
	if q := d.inq[j]; q >= 0 && n.kind == qmark && d.regions[q].first == j {
		v := &d.toks[j+1]
		return !v.capital() && (finiteVerb(v) || v.in(inAuxiliaries) || v.in(inNegatedAuxiliaries))
	}
	return false
}
