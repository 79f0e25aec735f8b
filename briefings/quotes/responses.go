package quotes

import "strings"

// commaAttackCue reports "attacking" as a cue when it opens a participle
// clause after a comma and a name or noun phrase follows: in "Lee has
// been a loud ally, attacking the mayor" the main clause's subject is
// the one attacking, which annotators mark as an attribution. weakForms
// keeps the form out of the lexicon because elsewhere it is mostly a
// plan or an act ("focus on attacking", "bent on attacking the city").
func (x *extractor) commaAttackCue(i, s0, s1 int) (cue, bool) {
	d := x.d
	t := &d.toks[i]
	if !t.is("attacking") || i-1 <= s0 || i+1 >= s1 || d.toks[i-1].text != "," || d.inq[i+1] >= 0 {
		return cue{}, false
	}
	// "a case involving a school, attacking …" lists acts after a
	// participle of its own; only a clause with a finite verb has a
	// subject to lend.
	for k := i - 2; k >= s0; k-- {
		if p := &d.toks[k]; p.is("involving", "including", "whether") {
			return cue{}, false
		}
	}
	n := &d.toks[i+1]
	if !(nounStart(n) || plural(n)) {
		return cue{}, false
	}
	return cue{lemma: "attack", class: other, form: gerund}, true
}

// attackEnd ends the target of a comma participle "attacking" (from
// token i, at most to end) before what says why or when rather than
// whom: "as" or "because" opening a clause, and a second participle
// joined by "and" ("attacking Lee for his votes and mocking …").
func (x *extractor) attackEnd(h hit, i, end int) int {
	d := x.d
	if h.c.lemma != "attack" || h.c.form != gerund {
		return end
	}
	for k := i + 1; k < end; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 {
			continue
		}
		if t.is("as", "because", "while", "after") {
			return k
		}
		if t.is("and") {
			n := k + 1
			if n < end && strings.HasSuffix(d.toks[n].lower, "ly") {
				n++
			}
			if n < end && d.inq[n] < 0 && strings.HasSuffix(d.toks[n].lower, "ing") {
				return k
			}
		}
	}
	return end
}

// returnCue reports "return" as a cue in the stock line of a reporter's
// unanswered request: "did not return a call for comment", "has not
// immediately returned a message for comment". Annotators mark what was
// not returned as the content, as they do after "did not respond to".
// Elsewhere "return" is a coming back ("returned to the Senate").
func (x *extractor) returnCue(i, s0, s1 int) (cue, bool) {
	d := x.d
	t := &d.toks[i]
	f := past
	switch {
	case t.is("return"):
		f = base
	case t.is("returned"):
	default:
		return cue{}, false
	}
	p := i - 1
	if p > s0 && d.toks[p].is("immediately", "yet") {
		p--
	}
	if p <= s0 || !d.toks[p].is("not", "n't", "never") {
		return cue{}, false
	}
	// A short object, then "for comment".
	for k := i + 1; k+1 < s1 && k < i+6; k++ {
		n := &d.toks[k]
		if d.inq[k] >= 0 || n.kind != word {
			return cue{}, false
		}
		if n.is("for") {
			return cue{lemma: "return", class: other, form: f}, k > i+1 && d.toks[k+1].is("comment")
		}
	}
	return cue{}, false
}
