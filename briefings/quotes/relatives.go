package quotes

// endRelativeAtMainVerb ends the content of a cue inside a relative
// clause that sits between a subject and the subject's own cue: in
// "Critics who oppose the tax said it would hurt farmers" the critics'
// opposition is to "the tax", and "said" opens the main clause, whose
// statement would otherwise be dropped as held inside the relative
// clause's content. Frames are in the order of their cues.
func (x *extractor) endRelativeAtMainVerb(frames []attr) {
	d := x.d
	for i := range frames {
		r := &frames[i]
		if r.cut >= 0 || len(r.content) == 0 || !r.src.ok() || r.src.first != r.src.last || !d.toks[r.src.first].is("who", "which", "that") {
			continue
		}
		last := r.content[len(r.content)-1].last
		for j := i + 1; j < len(frames) && frames[j].cue.first <= last; j++ {
			m := &frames[j]
			if m.cut >= 0 || !m.src.ok() || m.src.last >= r.src.first || len(m.content) == 0 || m.content[0].first <= m.cue.last {
				continue
			}
			end := m.cue.first - 1
			if end < r.content[0].first {
				continue
			}
			var kept []tspan
			for _, c := range r.content {
				if c.first > end {
					break
				}
				c.last = min(c.last, end)
				kept = append(kept, c)
			}
			r.content = kept
			break
		}
	}
}

// countAlone reports whether the number at k stands alone as the subject
// after "all", "the", "those" or "these": in "majorities in all five say"
// and "the two agreed" it counts people or places already named, and the
// verb after it is theirs rather than a noun it modifies.
func (x *extractor) countAlone(k, s0 int) bool {
	d := x.d
	return k-1 >= s0 && d.inq[k-1] < 0 && d.inq[k] < 0 && number(&d.toks[k]) && d.toks[k].in(inStandalone) && d.toks[k-1].is("all", "the", "those", "these")
}

// subjectOfObjectRelative reports whether the verb at i follows the
// subject of a relative clause whose object is "what" or "whom": in
// "what the agency described as “…”" and "whom one aide called “…”" the
// participle-like verb before "as" or "by" is the subject's finite verb,
// as after a pronoun ("whom he described as").
func (x *extractor) subjectOfObjectRelative(i, s0 int) bool {
	d := x.d
	k := i - 1
	for k > s0 && i-k <= 6 && d.toks[k].kind == word && x.npToken(k) && !d.toks[k].is("what", "whom") {
		k--
	}
	return k < i-1 && k >= s0 && d.inq[k] < 0 && d.toks[k].is("what", "whom")
}
