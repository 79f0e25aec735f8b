package quotes

// asideSubject finds the subject of a verb of saying that an aside
// between commas keeps from its verb when npBack cannot step over the
// aside: "Several clinics, including the one on Main Street, said …",
// "The nurses' union, whose leaders met on Friday, says …". The
// subject is the noun phrase opening the sentence and ending at the
// aside's first comma; b is the comma closing the aside, right before the
// cue.
func (x *extractor) asideSubject(h hit, b, s0 int) (tspan, bool) {
	d := x.d
	// "noted that": an ambiguous word is the verb before "that".
	thatAfter := h.last+1 < len(d.toks) && d.toks[h.last+1].is("that") && d.inq[h.last+1] < 0
	if h.c.class != say || ambiguous[h.c.lemma] && !thatAfter || !(h.c.form == past || h.c.form == third || h.c.form == base && h.c.lemma == "say") {
		return none, false
	}
	// `Lee, citing “a quiet strength,” said`: the aside's comma may
	// stand inside its closing quotation mark.
	commaQuote := b > s0 && d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b && d.toks[b-1].text == ","
	// "A spokesman for the firm - a small business pitched as “…” -
	// noted that": an aside between dashes, which may hold a title in
	// quotation marks.
	dashed := b > s0 && d.inq[b] < 0 && isDashToken(d.toks, b)
	if b <= s0 || b != h.first-1 || !(d.toks[b].text == "," && d.inq[b] < 0 || commaQuote || dashed) || b-s0 > 45 {
		return none, false
	}
	// "Even the oldest members, like …, say", "But several clinics,
	// including …, said": a focus adverb or a conjunction opening the
	// sentence is no part of the subject.
	if b-s0 > 2 && d.toks[s0].is("even", "but", "and", "yet") {
		s0++
	}
	c := s0
	for c < b && !(d.inq[c] < 0 && (d.toks[c].text == "," && !dashed || dashed && isDashToken(d.toks, c))) {
		c++
	}
	if c >= b || c == s0 {
		return none, false
	}
	// A quotation inside the aside is the object of its participle
	// ("citing", "quoting"), not a statement of the verb after it.
	participial := c+1 < b && d.inq[c+1] < 0 && participle(&d.toks[c+1])
	// `Kell, the host of the show “Rise Up,” said`: the quotation whose
	// closing mark holds the aside's comma opens after a word of the
	// aside, so it names something in the aside, as a quotation between
	// the dashes does; one opening right after the comma (`Still, “…,”
	// said Lee`) may be the statement. In a relative clause the verb may
	// be the clause's own (`Lee, whose book “Rise,” prompted a suit`).
	named := commaQuote && d.regions[d.inq[b]].first > c+1 && !d.toks[c+1].is("who", "whose", "which")
	if commaQuote && !participial && !named {
		return none, false
	}
	for k := c; k < b; k++ {
		if d.inq[k] >= 0 && !participial && !((dashed || named) && d.regions[d.inq[k]].first > c && d.regions[d.inq[k]].last <= b) || d.toks[k].is(";", ":") && d.inq[k] < 0 {
			return none, false
		}
	}
	if f, g, ok := x.npForward(s0, c); ok && f == s0 && g == c-1 {
		return tspan{f, g}, true
	}
	if sp, ok := x.npBack(c-1, s0); ok && sp.first == s0 {
		return sp, true
	}
	return none, false
}
