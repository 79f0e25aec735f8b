package quotes

// appendedToTrailingSource narrows "according to" that closes the
// sentence ("…, according to the poll.") to the phrase appended after a
// clause that already has its own speaker and cue: in "The firm
// announced that it named a new chief, who ran a rival bank, according
// to the paper." the firm announced the choice and the paper adds who
// the chief is. The main clause is the inner speaker's, which would
// otherwise be dropped as held inside the trailing source's content. The
// appended phrase is a non-restrictive relative clause (", who …",
// ", which …"), an absolute phrase (", with 60 percent …") or a
// participle's phrase (", alleging that …"). A speaker's "…, Lee said."
// keeps the whole sentence: what Lee says may report another's words
// ("He promised to win, which is likely, Lee said."). Frames are in the
// order of their cues.
func (x *extractor) appendedToTrailingSource(frames []attr) {
	d := x.d
	for pi := range frames {
		p := &frames[pi]
		if p.how != "according" || len(p.content) != 1 || !p.src.ok() || p.content[0].last >= p.cue.first {
			continue
		}
		whole := p.content[0]
		// The source closes the sentence after a comma ("…, according
		// to X."), with nothing of the content after it.
		if c := whole.last + 1; c >= len(d.toks) || d.toks[c].text != "," || d.inq[c] >= 0 {
			continue
		}
		// The scan stops at the last comma, once per source.
		comma := x.appendedPhraseAt(whole.first, whole.last)
		if comma < 0 {
			continue
		}
		// The inner statement is the last cue before the phrase: one
		// look, not a pass over every frame per source.
		ai := pi - 1
		for ai >= 0 && frames[ai].cue.last+2 >= comma {
			ai--
		}
		if ai >= 0 {
			a := &frames[ai]
			if !a.src.ok() || len(a.content) == 0 || a.src.first < whole.first || a.content[0].first <= a.cue.last || a.content[0].first >= comma {
				continue
			}
			first := comma + 1
			if d.toks[first].is("with") {
				first++
			}
			p.content[0].first = first
			// The inner statement ends before the appended phrase.
			for ci := range a.content {
				if c := &a.content[ci]; c.first < comma && c.last >= comma {
					c.last = comma - 1
					a.content = a.content[:ci+1]
					break
				}
			}
		}
	}
}

// appendedPhraseAt returns the comma in (i, end] that opens the last
// phrase before end when that phrase is appended to a finished clause:
// a relative clause on "who"/"which"/"whose", an absolute "with …" or a
// participle's phrase, with no other comma, quotation or bracket before
// end; -1 otherwise.
func (x *extractor) appendedPhraseAt(i, end int) int {
	d := x.d
	for k := end; k > i+2; k-- {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == "(" || t.text == ")" || t.text == ";" || t.text == ":" || isDashToken(d.toks, k) {
			return -1
		}
		if t.text != "," {
			continue
		}
		if k+2 > end {
			return -1
		}
		n := &d.toks[k+1]
		if n.is("who", "which", "whose", "with") && !n.capital() || participle(n) {
			return k
		}
		return -1
	}
	return -1
}
