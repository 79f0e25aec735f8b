package quotes

import "strings"

// openingModifier reports whether the phrase that npForward found at
// token i, a clause's first word, is a fronted adverb or participle
// rather than a subject: "Eagerly", "Arriving" and "Most" in "Eagerly
// blaming the storm, Lee …", "Arriving before fans, Lee said …" and
// "Most recently, Lee saw …". A capital there only marks the sentence
// start; the word after it, lowercase, is the rest of the modifier.
// A name ending the same way ("Kelly, a senator, …") stands alone
// before a comma or a verb.
func (x *extractor) openingModifier(i int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind != word || d.inq[i] >= 0 || i+1 >= len(d.toks) || firstName(t.lower) != 0 {
		return false
	}
	n := &d.toks[i+1]
	if n.kind != word || n.capital() || d.inq[i+1] >= 0 || finiteVerb(n) || n.in(inAuxiliaries) {
		return false
	}
	lower := strings.ToLower(t.text)
	ly := len(lower) > 4 && strings.HasSuffix(lower, "ly") && !notAdverbs[lower]
	ing := len(lower) > 5 && strings.HasSuffix(lower, "ing") && !notParticiples[lower]
	return ly || ing || lower == "most" && adverb(n)
}

// timeUnit reports whether w counts time: "month", "years", "night".
func timeUnit(w string) bool {
	if w == "ago" || w == "times" {
		return false
	}
	return duration[w] || duration[w+"s"] || w == "night" || w == "weekend"
}

// timePhrase reports whether the mention src is only a stretch of time:
// "last month", "One month", "A few minutes", "a month".
func (x *extractor) timePhrase(src tspan) bool {
	d := x.d
	if !src.ok() || src.last-src.first > 3 || !timeUnit(d.toks[src.last].lower) {
		return false
	}
	for k := src.first; k < src.last; k++ {
		t := &d.toks[k]
		if !number(t) && !t.is("a", "an", "few", "several", "last", "this", "next", "past", "that", "couple", "of") && !quantityAdverbs[t.lower] {
			return false
		}
	}
	return true
}

// speakerPastAside replaces a speaker mention that is an aside between
// a subject and its verb with that subject. After "who" or "which" a
// phrase opened by a preposition is the aside ("who in three earlier
// memos had made clear": "who" speaks). A mention that is only a
// stretch of time is one when an auxiliary or a name stands before it
// ("inspectors have this week faulted …", "who last month promised",
// "after Lee a week later disclosed"): the subject is before it. It returns
// a.src when no subject is found, or when the one found lies inside the
// content.
func (x *extractor) speakerPastAside(a *attr) tspan {
	d := x.d
	src := a.src
	if !src.ok() || a.sent < 0 || a.sent >= len(d.sents) || src.last >= a.cue.first {
		return src
	}
	s0 := d.sents[a.sent][0]
	found := x.asideAfterRelative(src, s0)
	if !found.ok() && x.timePhrase(src) {
		found = x.timeAside(src, s0)
		if !found.ok() {
			found = x.subjectAfterTime(src, a.cue.first)
		}
		// "The group filed a petition this week urging …": a stretch of
		// time just before a participle ends the clause of a verb whose
		// subject is the participle's; the time never speaks.
		if !found.ok() && src.last+1 == a.cue.first && strings.HasSuffix(d.toks[a.cue.first].lower, "ing") {
			found = x.mainSubject(a.sent, src.first)
		}
	}
	if !found.ok() {
		found = x.subjectBeforeFloatingQuantifier(src, s0)
	}
	if !found.ok() {
		return src
	}
	for _, c := range a.content {
		if found.first <= c.last && c.first <= found.last {
			return src
		}
	}
	return found
}

// asideAfterRelative returns the relative pronoun before a preposition that
// opens the phrase src or stands a few words before it: "who in three
// earlier memos" -> "who". "At least" opens a subject ("which at least
// one aide called …"), not an aside. None otherwise.
func (x *extractor) asideAfterRelative(src tspan, s0 int) tspan {
	d := x.d
	for p := src.first - 1; p-1 >= s0 && p >= src.first-4 && d.inq[p] < 0 && d.toks[p].kind == word; p-- {
		if d.toks[p].in(inPrepositions) && !d.toks[p+1].is("least", "most") {
			if d.toks[p-1].is("who", "which") && d.inq[p-1] < 0 {
				return tspan{p - 1, p - 1}
			}
			return none
		}
	}
	return none
}

// timeAside returns the subject before a stretch of time src that
// stands between it and its verb: after an auxiliary or an adverb
// ("have this week"), a relative pronoun ("who last month") or a name
// ("Lee a week later"). In "ran an ad this week urging" or "the last
// two weeks" the time belongs to the phrase before it: none.
func (x *extractor) timeAside(src tspan, s0 int) tspan {
	d := x.d
	b := src.first - 1
	for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
		b--
	}
	skipped := b < src.first-1
	switch {
	case b < s0 || d.inq[b] >= 0:
	case d.toks[b].is("who", "which"):
		return tspan{b, b}
	default:
		if sp, ok := x.npBack(b, s0); ok && (skipped || x.named(sp) && d.toks[b].capital()) {
			return sp
		}
	}
	return none
}

// nameAfterParticipleObject returns the name set off by the comma at k
// before token b when the phrase before that comma, head, is the object
// of a participle ("the union backing Mayor Hale, Omar Diaz, said",
// "a farmer supporting Senator Bell, Rosa Kim, said"):
// the named one is the subject's appositive, not its head. None
// otherwise.
func (x *extractor) nameAfterParticipleObject(head tspan, k, b, lo int) tspan {
	d := x.d
	// The head may hold its participle ("a farmer supporting Senator
	// Bell", participleSubject).
	v := head.first - 1
	for p := head.first + 1; p < head.last; p++ {
		if sp, ok := x.participleSubject(p+1, head.last, lo); ok && sp == head {
			v = p
			break
		}
	}
	if v <= lo || !participle(&d.toks[v]) || d.inq[v] >= 0 || !d.toks[k+1].capital() {
		return none
	}
	if f, g, ok := x.npForward(k+1, b); ok && f == k+1 && g < b && x.named(tspan{f, g}) {
		return tspan{f, g}
	}
	return none
}

// subjectBeforeFloatingQuantifier returns the subject that a lone "both",
// "all" or "each" after a dashed aside floats from: "The two aides — who
// had long worked together — both urged …" -> "The two aides". The
// quantifier only repeats the subject; after a plain subject ("Lee and Cole
// both urged") it stays part of the mention. None otherwise.
func (x *extractor) subjectBeforeFloatingQuantifier(src tspan, s0 int) tspan {
	d := x.d
	if src.first != src.last || !d.toks[src.first].is("both", "all", "each") || d.toks[src.first].capital() {
		return none
	}
	closing := src.first - 1
	if closing <= s0 || !isDashToken(d.toks, closing) || d.inq[closing] >= 0 {
		return none
	}
	// An aside is short: the scan stops after maxAside tokens, so that a
	// long run of dashes costs linear time.
	const maxAside = 40
	for k := closing - 1; k > s0 && k >= closing-maxAside; k-- {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].first
			continue
		}
		if isDashToken(d.toks, k) {
			if sp, ok := x.npBack(k-1, s0); ok {
				return sp
			}
			return none
		}
	}
	return none
}
