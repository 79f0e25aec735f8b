package quotes

// castAsCue reads "cast" as a framing verb when an "as" follows its
// object: "Lee cast herself as an outsider" frames what follows as
// "portrayed" would. Without the "as" the verb is mostly a vote or a
// doubt ("cast a ballot", "cast doubt on"), which is not a statement.
func (x *extractor) castAsCue(i, s1 int) (cue, bool) {
	d := x.d
	var f form
	switch d.toks[i].lower {
	case "cast":
		f = past
		if i > 0 && d.toks[i-1].is("to") {
			f = base
		}
	case "casts":
		f = third
	case "casting":
		f = gerund
	default:
		return cue{}, false
	}
	// "was cast as the villain": a role given, not a statement ("is
	// casting himself as" is the verb in progress).
	if f == past && i > 0 && d.toks[i-1].is("is", "was", "were", "are", "be", "been", "being") {
		return cue{}, false
	}
	for k := i + 1; k < s1 && k <= i+8; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word || t.is("vote", "votes", "ballot", "ballots", "doubt", "shadow", "blame", "aside") {
			return cue{}, false
		}
		if t.is("as") {
			if k == i+1 {
				return cue{}, false
			}
			return cue{lemma: "cast", class: other, form: f}, true
		}
	}
	return cue{}, false
}
