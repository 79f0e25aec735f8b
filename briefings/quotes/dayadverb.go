package quotes

// dayAdverbs place a time phrase of "on" or "in" earlier or later in the
// day or the season: "early on Sunday", "late in March".
var dayAdverbs = set("early", "late", "earlier", "later")

// adverbBeforeTime returns the token before b when b is one of
// dayAdverbs opening the time phrase between a subject and its verb:
// in "The coast guard early on Sunday warned" the subject ends at
// "guard". Before, the walk back from the verb stepped over "on Sunday"
// alone and "early" stuck to the speaker ("— The coast guard early";
// "early" is no adverb in -ly, "late" none at all). b otherwise.
func (x *extractor) adverbBeforeTime(b, s0 int) int {
	d := x.d
	if b > s0 && d.inq[b] < 0 && dayAdverbs[d.toks[b].lower] {
		return b - 1
	}
	return b
}
