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
	if h.c.class != say || ambiguous[h.c.lemma] || !(h.c.form == past || h.c.form == third || h.c.form == base && h.c.lemma == "say") {
		return none, false
	}
	// `Lee, citing “a quiet strength,” said`: the aside's comma may
	// stand inside its closing quotation mark.
	commaQuote := b > s0 && d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b && d.toks[b-1].text == ","
	if b <= s0 || b != h.first-1 || !(d.toks[b].text == "," && d.inq[b] < 0 || commaQuote) || b-s0 > 45 {
		return none, false
	}
	c := s0
	for c < b && !(d.toks[c].text == "," && d.inq[c] < 0) {
		c++
	}
	if c >= b || c == s0 {
		return none, false
	}
	// A quotation inside the aside is the object of its participle
	// ("citing", "quoting"), not a statement of the verb after it.
	participial := c+1 < b && d.inq[c+1] < 0 && participle(&d.toks[c+1])
	if commaQuote && !participial {
		return none, false
	}
	for k := c; k < b; k++ {
		if d.inq[k] >= 0 && !participial || d.toks[k].is(";", ":") && d.inq[k] < 0 {
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
