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
	if b <= s0 || b != h.first-1 || d.toks[b].text != "," || d.inq[b] >= 0 || b-s0 > 45 {
		return none, false
	}
	c := s0
	for c < b && !(d.toks[c].text == "," && d.inq[c] < 0) {
		c++
	}
	if c >= b || c == s0 {
		return none, false
	}
	for k := c; k < b; k++ {
		if d.inq[k] >= 0 || d.toks[k].is(";", ":") {
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
