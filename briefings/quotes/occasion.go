package quotes

// occasionBeforeParticiple steps back over a short phrase of occasion
// between a comma and a participle cue ("…, at one point calling the
// mayor a “liar”", "…, at times describing"): the participle still
// qualifies the main clause, whose subject is its speaker. b is the
// token before the cue; the comma's index is returned when such a
// phrase lies between, else b.
func (x *extractor) occasionBeforeParticiple(b, s0 int) int {
	d := x.d
	for n := 1; n <= 3; n++ {
		c := b - n // the comma before the phrase
		if c <= s0 || d.toks[c].text != "," || d.inq[c] >= 0 {
			continue
		}
		first := &d.toks[c+1]
		if !first.is("at", "in") {
			return b
		}
		for k := c + 1; k <= b; k++ {
			if d.inq[k] >= 0 || d.toks[k].kind != word || d.toks[k].capital() {
				return b
			}
		}
		last := &d.toks[b]
		// "at one point", "at times", "at one time", "in turn", "at the
		// same time": the phrase's last word names a moment or a turn.
		if last.is("point", "times", "time", "turn", "moment", "once", "first", "last") {
			return c
		}
		return b
	}
	return b
}
