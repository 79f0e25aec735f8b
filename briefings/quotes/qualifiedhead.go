package quotes

// qualifiedHead returns the noun phrase ending at token k that a phrase
// after it qualifies, a phrase of place ("near the bridge"), of distance
// ("closest to the stage") or of a participle ("affected by the floods"):
// npBackFrom's phrase, or else a demonstrative standing for people
// ("Those nearest the stage said") or a head with a phrase of its own
// before the one qualifying it ("Tenants in the flat above the shop
// said", headBeforeInnerPhrase). Before, the walk back found no head and
// the place spoke ("— the stage", "— the shop").
func (x *extractor) qualifiedHead(k, lo int) (tspan, bool) {
	d := x.d
	if k < lo || k < 0 {
		return none, false
	}
	if d.inq[k] < 0 && d.toks[k].is("those", "these") {
		// "relatives of those hurt in …", "some of those nearest
		// the stage": the phrase runs on back through "of".
		if k-2 >= lo && d.toks[k-1].is("of") && d.inq[k-1] < 0 {
			if q := x.quantityOfBefore(k, lo); q >= 0 {
				return tspan{q, k}, true
			}
			if sp, ok := x.npBackFrom(k-2, lo, false); ok {
				return tspan{sp.first, k}, true
			}
		}
		return tspan{k, k}, true
	}
	if sp, ok := x.npBackFrom(k, lo, false); ok {
		return sp, true
	}
	return x.headBeforeInnerPhrase(k, lo)
}

// headBeforeInnerPhrase returns the phrase "Tenants in the flat" ending
// at k, when a noun for people or a body heads it and a short phrase of
// "in", "at", "on" or "from" follows the head: the walk back from k stops
// at that preposition (npBackFrom takes no phrase after one without
// stepping over it, which a nested call may not do).
func (x *extractor) headBeforeInnerPhrase(k, lo int) (tspan, bool) {
	d := x.d
	f := k
	for f > lo && k-f < 5 && d.inq[f] < 0 && x.npToken(f) && !d.toks[f].in(inDeterminers) {
		f--
	}
	if f == k || f <= lo || d.inq[f] >= 0 || !d.toks[f].is("the", "a", "an") {
		return none, false
	}
	q := f - 1
	if q-1 < lo || d.inq[q] >= 0 || !d.toks[q].is("in", "at", "on", "from") {
		return none, false
	}
	head, ok := x.npBackFrom(q-1, lo, false)
	if !ok {
		return none, false
	}
	h := &d.toks[head.last]
	if !(pluralHead(h) || h.in(inRoleNouns) || participleHeads[h.lower]) {
		return none, false
	}
	return tspan{head.first, k}, true
}
