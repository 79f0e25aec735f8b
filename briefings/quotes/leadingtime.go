package quotes

// leadingTime returns where the content of a verb of saying starts when
// a time phrase stands between the verb and its clause: "said on
// Thursday it had opened an inquiry", "said Tuesday it would cut 300
// jobs", "said last week the bridge would reopen". The phrase dates the
// saying, not what was said: shown as the statement it read "Thursday it
// had opened an inquiry …". On PolNeAR train gold starts the content
// after such a phrase in 78 of 82 attributions. The phrase is skipped only
// before what opens a clause (a subject pronoun, a determiner, a name, a
// number), not before a possessive ("said Monday's vote was rigged") or
// anything else ("said Thursday during a debate").
func (x *extractor) leadingTime(h hit, i, end int) int {
	d := x.d
	if h.c.class != say || i >= end || d.inq[i] >= 0 {
		return i
	}
	k := i
	t := &d.toks[k]
	switch {
	case t.is("on", "early", "late", "later", "earlier") && k+1 < end && d.toks[k+1].capital() && weekdays[d.toks[k+1].lower]:
		k += 2
	case t.capital() && weekdays[t.lower]:
		k++
	case t.is("yesterday", "today", "tonight"):
		k++
	case t.is("last", "this") && k+1 < end && periodNouns[d.toks[k+1].lower]:
		k += 2
	default:
		return i
	}
	if k < end && d.inq[k] < 0 && d.toks[k].is("morning", "afternoon", "evening", "night") && weekdays[d.toks[k-1].lower] {
		k++ // "said Sunday morning"
	}
	if k+1 >= end || d.inq[k] >= 0 {
		return i
	}
	// "said Monday's vote", "said last week's report": what follows is
	// "'s", which opens no clause, so the phrase stays the content's.
	n := &d.toks[k]
	if n.in(inSubjectPronouns) && !n.is("who", "which") || n.in(inDeterminers) || n.capital() || number(n) || n.is("there") {
		return k
	}
	return i
}
