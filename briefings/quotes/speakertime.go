package quotes

// frontedAfterTime reports whether the participle opener at b ("after",
// "before", "since") follows only a stretch of time that opens the
// sentence: "Two weeks after praising the plan, Lee …". The
// participle is fronted like "After praising the plan, Lee …"; its
// subject is the main clause's, not the time.
func (x *extractor) frontedAfterTime(b, s0 int) bool {
	d := x.d
	return b > s0 && d.inq[b] < 0 && d.toks[b].is("after", "before", "since") && x.timePhrase(tspan{s0, b - 1})
}

// subjectAfterTime returns the subject that follows a stretch of time
// src and a word placing it ("later", "earlier", "ago") before the cue
// at c: in "A few hours later the aides reversed course and said …"
// the aides speak, not the hours. None otherwise.
func (x *extractor) subjectAfterTime(src tspan, c int) tspan {
	d := x.d
	k := src.last + 1
	if k+1 >= c || d.inq[k] >= 0 || !d.toks[k].is("later", "earlier", "ago") {
		return none
	}
	k++
	if d.toks[k].text == "," {
		k++
	}
	f, g, ok := x.npForward(k, c)
	if !ok || f != k || g+1 >= c || d.inq[g+1] >= 0 {
		return none
	}
	if v := &d.toks[g+1]; !finiteVerb(v) && !v.in(inBetween) {
		return none
	}
	return tspan{f, g}
}

// verbAfterAside returns the token after the comma that closes an aside
// opened by the comma at c, when that token is a finite verb or an
// auxiliary or adverb before one: in "Recalling the night, Ann Cole, who
// ran the race, said …" it is "said". The aside is short and holds no
// quotation; -1 otherwise.
func (x *extractor) verbAfterAside(c, s1 int) int {
	d := x.d
	if c >= s1 || d.toks[c].text != "," || d.inq[c] >= 0 {
		return -1
	}
	for k := c + 2; k < s1 && k <= c+25; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == ";" || t.text == ":" || isDashToken(d.toks, k) {
			return -1
		}
		if t.text != "," {
			continue
		}
		if k+1 < s1 && d.inq[k+1] < 0 && !d.toks[k+1].capital() && (finiteVerb(&d.toks[k+1]) || d.toks[k+1].in(inBetween)) {
			return k + 1
		}
		return -1
	}
	return -1
}

// occasionAfterConj reports whether src, found as the subject of a cue,
// is instead the head of a phrase that places the statement, opened by a
// preposition after "and" or "but": in "Ro denied it, and on the radio
// that night said …" the night says nothing; the subject is the
// clause's before the conjunction.
func (x *extractor) occasionAfterConj(src tspan, s0 int) bool {
	d := x.d
	if !documents[d.toks[src.last].lower] && !d.toks[src.last].in(inTimeWords) {
		return false
	}
	for k := src.first - 1; k-1 > s0 && k >= src.first-4 && d.inq[k] < 0 && d.toks[k].kind == word; k-- {
		if d.toks[k].in(inPrepositions) {
			return d.toks[k-1].is("and", "but") && d.inq[k-1] < 0
		}
	}
	return false
}

// questionClause reports whether the mention src opens an embedded
// question: "how he planned …", "whether they would …". Its verb is the
// object of another, so a verb coordinated later in the sentence, or a
// participle after its comma, is not its subject's: in "She wondered
// what she wanted, moved and wrote …" the first "She" writes.
func (x *extractor) questionClause(src tspan) bool {
	d := x.d
	p := src.first - 1
	return p >= 0 && d.inq[p] < 0 && d.toks[p].is("how", "what", "why", "whether", "if")
}

// timeBeforeVerb returns the stretch of time that ends at token k, right
// before a verb: "last month" in "who last month startled", "a week" in
// "who a week ago surprised", where "ago" ends it. None otherwise.
func (x *extractor) timeBeforeVerb(k, s0 int) tspan {
	d := x.d
	if k > s0 && d.toks[k].is("ago") && d.inq[k] < 0 {
		k--
	}
	if sp, ok := x.npBack(k, s0); ok && x.timePhrase(sp) {
		return sp
	}
	return none
}
