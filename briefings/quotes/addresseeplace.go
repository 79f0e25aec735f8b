package quotes

// addresseePlaceClause returns where the clause starts when the
// addressee f..g of a verb like "tell" is followed, or ends, with a
// phrase of place or occasion before a clause without "that": "told
// supporters in Santa Rita she was", "assured donors at the gala the
// fund was safe", "told staff at the depot on Monday the line would
// close". The phrase says where or when they were told, not what: on
// PolNeAR train gold starts the content after it whenever a clause
// follows, at "that" in 28 attributions ("told a crowd in … that") and
// at the clause in each of the few without "that". It returns -1 when
// there is no such phrase or no clause opens after it ("told reporters
// in Dorset about the flood"; "urged voters in Ohio to come", where gold
// is split on whether the addressee is content).
func (x *extractor) addresseePlaceClause(h hit, f, g, end int) int {
	d := x.d
	for m := f + 1; m <= g+1 && m < f+5 && m < end; m++ {
		if d.inq[m] >= 0 {
			return -1
		}
		if p := x.addresseePlace(h, m, end, 2); p > m && p > g {
			return p
		}
	}
	return -1
}

// addresseePlace returns where the clause starts after the place phrase
// at k ("in Santa Rita", "at the depot"), or k when there is none. The
// phrase is a preposition and a short noun phrase; a clause opens after
// it with a subject pronoun, a determiner, a name, a number, or a time
// phrase before one, as leadingTime reads it. Up to depth more such
// phrases may follow ("at a meeting in Lund the plan …").
func (x *extractor) addresseePlace(h hit, k, end, depth int) int {
	d := x.d
	if k+2 >= end || d.inq[k] >= 0 || !d.toks[k].is(addresseePlacePreps...) {
		return k
	}
	f, g, ok := x.npForward(k+1, end)
	if !ok || f != k+1 || d.toks[f].in(inSubjectPronouns) {
		return k
	}
	for m := f + 1; m <= g; m++ {
		if d.toks[m].in(inSubjectPronouns) && !d.toks[m].is("who", "which") {
			g = m - 1 // "in Bramwell he was": the clause's subject
			break
		}
	}
	n := g + 1
	if g-f > 5 || n+1 >= end || d.inq[n] >= 0 {
		return k
	}
	if t := x.leadingTime(h, n, end); t > n {
		return t // "told staff at the depot on Monday the line would close"
	}
	if depth > 0 {
		if p := x.addresseePlace(h, n, end, depth-1); p > n {
			return p
		}
	}
	t := &d.toks[n]
	if t.in(inSubjectPronouns) && !t.is("who", "which") || t.in(inDeterminers) && !t.is("that") || t.capital() || number(t) || t.is("there") {
		return n
	}
	return k
}

// addresseePlacePreps open a phrase of place or occasion after an
// addressee: "told a rally in Kellport", "told reporters outside the
// court".
var addresseePlacePreps = []string{"in", "at", "on", "outside", "inside", "during", "aboard", "near"}
