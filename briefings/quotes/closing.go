package quotes

// quotationCloses reports whether the content that starts at token i ends
// with the quotation that closes at token k, although no comma closes it
// (or only a trailer follows the comma): what follows is no part of what
// was said but the writer's own account.
// "called the plan “a fantasy” and vowed …", "“on paper” but suggesting
// …", "said he was “hopeful” when asked …".
func (x *extractor) quotationCloses(i, k, s1 int) bool {
	d := x.d
	n := k + 1
	if n+1 >= s1 || d.inq[n] >= 0 {
		return false
	}
	if d.toks[k-1].text == "," {
		// "“…,” in an interview on Sunday": the comma closed what was
		// said; a trailer to the sentence's end is the writer's.
		return x.trailerToEnd(n, s1)
	}
	t, u := &d.toks[n], &d.toks[n+1]
	if d.inq[n+1] >= 0 {
		return false
	}
	switch {
	case t.is("but") && participle(u):
		// "“on paper” but suggesting …": the speaker's next act.
		return true
	case t.is("and", "but") && !x.clauseBefore(i, k):
		// "named her a “true pro” and he …", "… and swore …", "…
		// and vowing to …": after a small clause (an object and what
		// it is called, no verb of its own) a new clause or verb is the
		// writer's.
		return participle(u) || u.is(personalSubjects...) || finiteVerb(u) && !u.in(inBetween)
	case isDashToken(d.toks, n) && !x.clauseBefore(i, k) && !x.dashClosed(n, s1):
		// "called it the “long game” — setting …": a lone dash after a
		// small clause opens the writer's gloss.
		return true
	case t.is("as") && u.is("he", "she", "they", "we"):
		// "says he is “ready” as he heads into the vote": the
		// circumstances of the saying, a clause of the writer's.
		return true
	case t.is("when", "while") && !t.capital():
		// "“We'll see” when asked …": the occasion of the saying.
		return u.is("asked", "questioned", "pressed")
	}
	return false
}

// clauseBefore reports whether a finite verb outside quotations lies
// between tokens i and k: the content is a clause ("said the deal was
// “a disaster”"), not an object and its description ("called the deal
// “a disaster”").
func (x *extractor) clauseBefore(i, k int) bool {
	d := x.d
	for j := i; j < k; j++ {
		if d.inq[j] < 0 && (finiteVerb(&d.toks[j]) || d.toks[j].is("'s", "’s", "are", "am", "'re", "’re")) {
			return true
		}
	}
	return false
}

// trailerToEnd reports whether the tokens from n to the sentence's end
// are a trailer (skipTrailer): a time, a place, a medium.
func (x *extractor) trailerToEnd(n, s1 int) bool {
	d := x.d
	r := x.skipTrailer(n, s1)
	for r >= 0 && r < s1 && d.toks[r].kind == punct && d.inq[r] < 0 && d.toks[r].text != "," {
		r++
	}
	return r >= s1
}
