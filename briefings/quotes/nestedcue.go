package quotes

// Annotators sometimes let a statement run on over a verb the rules take
// for a cue of its own: "Okafor said he was proud of the ferry plan and
// expects the council to fund it" is one statement of "said" on PolNeAR,
// not two. Gold mostly stops there (on PolNeAR train, where another cue
// of the rules' cut an end option short, gold's content ran over it for
// about one attribution in seven, and then almost never annotated the
// inner cue), so the rules still stop at the cue; the boundary ranker is
// offered the ends past it, and features that say what it crosses.

// endLimit returns the token before which a's end options stop, for
// content whose last span ends at last in the sentence ending before
// s1: the first token reserved for a's speaker or cue or for a second
// cue of the rules'. The first other cue after last is crossed.
func (x *extractor) endLimit(a *attr, last, s1 int) int {
	crossing, crossed := false, false
	for k := last + 1; k < s1; k++ {
		if !x.reserved(a, k) {
			crossing = false
			continue
		}
		own := k >= a.cue.first && k <= a.cue.last || a.src.ok() && k >= a.src.first && k <= a.src.last
		if !own && (crossing || !crossed) {
			crossing, crossed = true, true
			continue
		}
		return k
	}
	return s1
}

// crossedCue returns the first token of a cue of the rules' between
// tokens i and j (inclusive) that is not a's own, or -1.
func (x *extractor) crossedCue(a *attr, i, j int) int {
	for k := i; k <= j && k < len(x.cued); k++ {
		if x.cued[k] && !(k >= a.cue.first && k <= a.cue.last) {
			return k
		}
	}
	return -1
}

// overCueFeatures describes an end option that runs over another cue:
// what stands before the cue (", and", "because", a subject) and the
// classes of the two cues.
func (x *extractor) overCueFeatures(a *attr, from, e int, f *feats) {
	k := x.crossedCue(a, from+1, e)
	if k < 0 {
		return
	}
	d := x.d
	inner, outer := "other", "other"
	if lexicon[d.toks[k].lower].class == say {
		inner = "say"
	}
	if lexicon[x.cueWord(a)].class == say {
		outer = "say"
	}
	prev, prev2 := x.shape(k-1), x.shape(k-2)
	f.add("e.over.cue", inner)
	f.add2("e.over.cue.classes", outer, inner)
	f.add2("e.over.cue.prev", prev, inner)
	f.add3("e.over.cue.prev2", prev2, prev, outer)
	f.add2("e.over.cue.word", d.toks[k].lower, outer)
}
