package quotes

// Criticism named by a noun: "his attacks on the mayor", "their
// criticism of the plan". The possessor made the criticism and what it
// targets is the content, as PolNeAR annotates them. Without a possessor
// "attacks on the mayor" names no criticism of anyone's in particular,
// but a noun of complaint or accusation still names a statement
// ("complaints that …", "accusations of favoritism"): chargeNouns below.

// critiqueNouns are nouns of criticism with the preposition that
// introduces their target.
var critiqueNouns = map[string]string{
	"attacks": "on", "attack": "on",
	"criticism": "of", "criticisms": "of",
	"denunciation": "of", "denunciations": "of",
	"condemnation": "of", "condemnations": "of",
	"calls": "for", "call": "for",
}

// critiqueCue reports a noun of criticism at token i after a possessor
// and before its preposition: "Lee's attacks on …".
func (x *extractor) critiqueCue(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	prep, ok := lookup(t, inCritiqueNouns, critiqueNouns)
	if !ok || t.capital() || i < s0+1 || i+2 >= s1 || d.inq[i+1] >= 0 || !d.toks[i+1].is(prep) || !x.possessor(i-1) {
		return hit{}, false
	}
	// "He said Lee will soften her attacks on …": inside what a say
	// verb governs, the criticism is part of that statement.
	for k := s0; k < i-1; k++ {
		if d.inq[k] < 0 && isSayForm(d.toks[k].lower) {
			return hit{}, false
		}
	}
	return hit{first: i, last: i + 1, critique: true, c: cue{lemma: t.lower, class: other}}, true
}

// critique reads the target of a criticism named by a noun: the noun
// phrase after the preposition, up to a clause's punctuation or the
// sentence's verb ("His attacks on big donors have …").
func (x *extractor) critique(a attr, h hit, s0, s1 int) (attr, bool) {
	a, ok := x.nominal(a, h, s0, s1)
	if !ok {
		return attr{}, false
	}
	d := x.d
	i := h.last + 1
	k := x.targetEnd(i, s1)
	if k <= i {
		return attr{}, false
	}
	a.content = []tspan{{i, k - 1}}
	a.how = "critique"
	// "The coach has muted her criticism of …": the pronoun stands for
	// the subject of the clause, who is the speaker, also of the
	// participles that follow ("…, saying …").
	if p := h.first - 1; d.toks[p].in(inPossessives) {
		if sp := x.clauseSubjectBefore(p, s0); sp.ok() {
			a.src = sp
		}
	}
	return a, true
}

// targetEnd is where the noun phrase from token i ends: at a clause's
// punctuation, a relative pronoun or the sentence's verb ("His attacks
// on big donors have …").
func (x *extractor) targetEnd(i, s1 int) int {
	d := x.d
	end := x.contentEnd(i, s1)
	k := i
	for ; k < end; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 {
			continue
		}
		// "of fraud, theft and bribery"; not a comma right after the
		// preposition ("criticism of, and anger at, …"): no target
		// opens with one.
		if t.text == "," && k > i && x.listGoesOn(k, end) {
			continue
		}
		if t.kind == punct && (t.text == "," || t.text == ";" || t.text == ":" || t.text == "(" || t.text == "." || isDashToken(d.toks, k)) {
			break
		}
		if k > i && (t.in(inAuxiliaries) || x.verbAfterNoun(k, i) || finiteVerb(t) || t.in(inSubjectPronouns) ||
			t.is("that", "as", "against", "because", "when", "while", "after", "since", "if")) {
			break
		}
	}
	return k
}

// clauseSubjectBefore is the subject of the nearest finite verb in the
// few words before token p, with no punctuation between; none if there
// is no such verb.
func (x *extractor) clauseSubjectBefore(p, s0 int) tspan {
	d := x.d
	for v := p - 1; v >= s0 && v > p-7; v-- {
		t := &d.toks[v]
		if d.inq[v] >= 0 || t.kind == punct {
			return none
		}
		if finiteVerb(t) {
			return x.verbSubjectAt(s0, v)
		}
	}
	return none
}

// chargeNouns are nouns of complaint and accusation that, with no
// possessor, still name a statement: "amid allegations that …",
// "complaints from neighbors that …", "accusations of favoritism". The
// statement is the clause from "that" (or the noun phrase after "of"),
// its maker the phrase after "from", or no one.
var chargeNouns = set("complaints", "complaint", "allegations", "allegation", "accusations", "accusation", "criticism")

// chargeCue reports a noun of chargeNouns at token i before "that",
// "of" or "from".
func (x *extractor) chargeCue(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if !t.in(inChargeNouns) || t.capital() || i+2 >= s1 || d.inq[i+1] >= 0 || i > s0 && x.possessor(i-1) {
		return hit{}, false
	}
	if !d.toks[i+1].is("that", "of", "from") || d.toks[i+1].is("of") && t.is("criticism", "complaint", "complaints") {
		return hit{}, false
	}
	return hit{first: i, last: i, charge: true, c: cue{lemma: t.lower, class: other}}, true
}

// charge reads a statement named by a noun of chargeNouns.
func (x *extractor) charge(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	i := h.last + 1
	if d.toks[i].is("from") {
		f, g, ok := x.npForward(i+1, s1)
		if !ok || g+2 >= s1 || !d.toks[g+1].is("that") {
			return attr{}, false
		}
		a.src = tspan{f, g}
		i = g + 1
	}
	if d.toks[i].is("of") {
		k := x.targetEnd(i+1, s1)
		if k <= i+1 {
			return attr{}, false
		}
		a.content = []tspan{{i + 1, k - 1}}
	} else {
		a.content = x.after(i, s1)
		// "Amid complaints that …, the mayor …": a fronted phrase
		// ends at its comma, if the noun is in it: not "After the
		// vote, the firm faced complaints that …, … and …".
		if len(a.content) > 0 && d.toks[s0].is("despite", "amid", "after", "with", "over", "given") && !x.commaBetween(s0, h.first) {
			for k := i; k <= a.content[0].last; k++ {
				if d.toks[k].text == "," && d.inq[k] < 0 {
					a.content[0].last = k - 1
					break
				}
			}
		}
	}
	a.how = "charge"
	return a, len(a.content) > 0
}
