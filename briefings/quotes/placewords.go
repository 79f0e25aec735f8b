package quotes

// placePreps open a phrase of place that qualifies the noun before it:
// "Shop owners near the bridge", "crew members aboard the ferry",
// "miners beneath the surface", "those nearest the stage". They are not
// among prepositions: a phrase they open is no subject's opening.
var placePreps = set("near", "outside", "inside", "along", "beside", "behind", "around", "opposite", "beyond",
	"alongside", "aboard", "onboard", "beneath", "underneath", "below", "above", "atop", "amidst", "throughout",
	"nearest")

// placeDegree are adverbs that measure a phrase of place: "just outside
// the town", "right behind the goal".
var placeDegree = set("just", "right", "directly", "immediately", "somewhere", "further", "farther")

// placePhraseStart returns the first token of a phrase of place whose
// object opens at j ("aboard" in "crew members aboard the ferry", "on"
// in "on board the ship", "just" in "just outside the town"); -1 when
// the word before j opens none.
func (x *extractor) placePhraseStart(j, lo int) int {
	d := x.d
	p := j - 1
	if p <= lo || d.inq[p] >= 0 {
		return -1
	}
	switch {
	case placePreps[d.toks[p].lower]:
	case d.toks[p].is("board") && d.toks[p-1].is("on") && d.inq[p-1] < 0:
		p--
	default:
		return -1
	}
	if p-1 > lo && d.inq[p-1] < 0 && placeDegree[d.toks[p-1].lower] {
		p--
	}
	return p
}
