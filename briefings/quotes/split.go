package quotes

import "strings"

// predicateAt reports whether a finite predicate opens at k, after at
// most two adverbs: "never forgets", "would see", "is still". Only
// auxiliaries, modals and forms that are seldom anything but finite
// count; a form in -ed after a comma ("…, taped Saturday", "surrounded
// by …") more often starts an aside.
func (x *extractor) predicateAt(k, s1 int) bool {
	d := x.d
	skipped := false
	for n := 0; n < 2 && k < s1 && (adverb(&d.toks[k]) || d.toks[k].is("never", "also", "still", "often", "always", "now", "only", "rarely", "already")); n++ {
		k++
		skipped = true
	}
	if k >= s1 {
		return false
	}
	t := &d.toks[k]
	if t.kind != word || t.capital() {
		return false
	}
	if t.in(inAuxiliaries) || negatedAuxiliaries[t.lower] {
		return true
	}
	// After an adverb a word in -s is a verb ("never forgets"), not
	// a plural ("hours later").
	if skipped && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") {
		return true
	}
	c, ok := t.listed()
	return ok && c.form == third || t.in(inFiniteForms)
}

// asideThenPredicate returns, for the comma at k after a speaker named
// after the cue, the comma that closes the speaker's aside when the
// statement's predicate resumes right after it: "And the mayor, said
// Ann Cole, who worked for her for years, never forgets a slight", "Any
// reading of the deal, said Tom Reyes, an expert at a think tank, would
// see …". -1 when there is none within a short stretch.
func (x *extractor) asideThenPredicate(k, s1 int) int {
	d := x.d
	if k >= s1 || d.toks[k].text != "," {
		return -1
	}
	for j := k + 2; j+1 < s1 && j < k+30; j++ {
		if d.inq[j] >= 0 || isDashToken(d.toks, j) || d.toks[j].text == ";" || d.toks[j].text == "(" {
			return -1
		}
		if d.toks[j].text == "," {
			if d.inq[j+1] < 0 && x.predicateAt(j+1, s1) {
				return j
			}
			if sayGerund(&d.toks[j+1]) {
				return -1 // "…, adding": the narrator goes on
			}
		}
	}
	return -1
}

// quotedFragmentGoesOn reports whether a quotation before a
// parenthetical cue (before, one quotation and nothing else) is the
// start of a sentence that goes on unquoted at k: a quoted subject with
// no verb of its own before its predicate ("“Only you, Sam,” she said,
// would pick such a day"), or a quotation opening with an anticipatory
// "it" before the clause it stands for ("“It is our misfortune,” he said,
// that both men …", "“It is a better use of time,” he added, to wait").
func (x *extractor) quotedFragmentGoesOn(before []tspan, k, s1 int) bool {
	d := x.d
	if len(before) != 1 || k >= s1 || d.inq[k] >= 0 {
		return false
	}
	c := before[0]
	if c.first < c.last && d.inq[c.first] < 0 && d.toks[c.first].is("but", "and") {
		c.first++ // "But “it is …,” he added, to …"
	}
	q := d.inq[c.first]
	if q < 0 || d.inq[c.last] != q || d.regions[q].first != c.first || d.regions[q].last != c.last {
		return false
	}
	first := c.first + 1
	if first < c.last && d.toks[first].is("but", "and") {
		first++
	}
	if first+1 < c.last && d.toks[first].is("it") && (d.toks[first+1].in(inAuxiliaries) || d.toks[first+1].is("'s")) {
		n := &d.toks[k]
		if n.is("that") && x.clauseAhead(k+1, s1) {
			return true
		}
		if n.is("to") && k+1 < s1 && d.inq[k+1] < 0 {
			return infinitiveVerb(&d.toks[k+1])
		}
	}
	for i := c.first; i <= c.last; i++ {
		t := &d.toks[i]
		// A contracted verb: "they're", "don't", or "'s" after a pronoun
		// ("it's"), not a possessive.
		contracted := strings.ContainsRune(t.lower, '\'') && (t.lower != "'s" || i > c.first && d.toks[i-1].in(inSubjectPronouns))
		if finiteVerb(t) || t.in(inAuxiliaries) || contracted {
			return false
		}
	}
	return x.predicateAt(k, s1)
}

// verblessSubject reports whether the content before a parenthetical
// cue is a fragment with no verb of its own, a word or two in scare
// quotes aside ("Any “honest” reading of the deal, said …").
func (x *extractor) verblessSubject(before []tspan) bool {
	if x.fragment(before) {
		return true
	}
	d := x.d
	if len(before) != 1 {
		return false
	}
	c := before[0]
	for k := c.first; k <= c.last; k++ {
		if q := d.inq[k]; q >= 0 {
			if !x.scare(q) || d.regions[q].last > c.last {
				return false
			}
			k = d.regions[q].last
			continue
		}
		if finiteVerb(&d.toks[k]) || d.toks[k].in(inAuxiliaries) || d.toks[k].is("who", "which", "that") {
			return false
		}
	}
	return true
}
