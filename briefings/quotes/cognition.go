package quotes

// Verbs of knowing, feeling and seeing that weakForms keeps out of the
// lexicon ("knew", "felt", "saw", "view"): alone they are mostly about
// acquaintance, touch or sight ("knew him for years", "saw the film",
// "felt the heat"), but before a clause or an "X as Y" object they state
// what the subject holds true, which annotators mark as an attribution.

// cognitionClause are the forms that report a belief when a clause
// follows: "she knew the loan was a risk", "felt that she was
// ignored".
var cognitionClause = map[string]cue{
	"knew":  {lemma: "know", class: other, form: past},
	"felt":  {lemma: "feel", class: other, form: past},
	"feels": {lemma: "feel", class: other, form: third},
	"saw":   {lemma: "see", class: other, form: past},
}

// cognitionAs are the forms that report a view when their object is
// followed by "as": "saw the merger as a gamble", "view her as weak".
var cognitionAs = map[string]cue{
	"saw":   {lemma: "see", class: other, form: past},
	"view":  {lemma: "view", class: other, form: base},
	"views": {lemma: "view", class: other, form: third},
}

// cognitionCue reports the cue at token i when it is one of those weak
// forms in a shape that states a belief: before "that" or a clause with
// its own subject and finite verb, or (for seeing and viewing) before an
// object and "as".
func (x *extractor) cognitionCue(i, s0, s1 int) (cue, bool) {
	d := x.d
	t := &d.toks[i]
	if i == s0 || i+2 >= s1 || d.inq[i+1] >= 0 {
		return cue{}, false
	}
	if c, ok := lookup(t, inCognitionClause, cognitionClause); ok {
		n := &d.toks[i+1]
		// "knew that the vote would fail"; not "felt that way".
		if n.is("that") && !d.toks[i+2].is("way") && !finiteVerb(&d.toks[i+2]) {
			return c, true
		}
		if !n.in(inDeterminers) || n.is("the", "a", "an", "his", "her", "their", "its", "this", "some") {
			if !n.is("him", "them", "me", "us", "that", "so", "like", "as") && x.subjectAndVerb(i+1, s1) {
				return c, true
			}
		}
	}
	if c, ok := cognitionAs[t.lower]; ok {
		g, ok := i+1, d.toks[i+1].is("him", "her", "it", "them", "itself", "themselves", "himself", "herself")
		if !ok {
			_, g, ok = x.npForward(i+1, s1)
		}
		// "views the vote mostly as a warning shot".
		if ok && g+2 < s1 && d.toks[g+1].is("more", "mostly", "largely", "primarily", "only", "simply", "chiefly", "mainly") {
			g++
		}
		if ok && g+1 < s1 && d.toks[g+1].is("as") && d.inq[g+1] < 0 {
			return c, true
		}
	}
	return cue{}, false
}

// quantitySubject reports whether the determiner at token k is a whole
// subject that a word before it opens rather than a noun's determiner
// after it: an exception ("all but three objected") or a
// clause-opening conjunction ("Yet few expect …", ", and many think
// …"). A proportion ("two in five agreed") is countOf's.
func (x *extractor) quantitySubject(k, s0 int) bool {
	d := x.d
	if k-1 < s0 || !d.toks[k].in(inStandalone) || d.inq[k-1] >= 0 {
		return false
	}
	p := &d.toks[k-1]
	switch {
	case p.is("but") && k-2 >= s0 && d.toks[k-2].is("all", "none"):
		return true
	case p.is("but", "and", "yet", "so"):
		return k-1 == s0 || d.toks[k-2].kind == punct && d.inq[k-2] < 0
	}
	return false
}

// quantityBeforePhrase reports whether sp is a quantity standing alone
// ("few", "most", "many") and the preposition at p opens the phrase
// that says of whom: "few in either camp expect", "most
// in the party believe".
func (x *extractor) quantityBeforePhrase(sp tspan, p int) bool {
	d := x.d
	return sp.first == sp.last && d.toks[sp.first].in(inStandalone) && !number(&d.toks[sp.first]) &&
		d.toks[p].is("in", "on", "across", "among", "inside", "outside", "within") && d.inq[p] < 0
}
