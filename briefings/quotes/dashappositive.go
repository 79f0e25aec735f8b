package quotes

// maxDashAppositive bounds how far dashAppositive scans, so a dash costs
// constant time.
const maxDashAppositive = 60

// appositiveQuantities open a noun phrase after a dash when "of" follows
// them: "— one of the largest subsidies", "— both of whom".
var appositiveQuantities = set("one", "both", "each", "two", "three", "four", "five", "several")

// dashAppositive reports whether the words after a lone dash, from i to
// the sentence's end s1, are a noun phrase that comments on the content
// before the dash rather than going on with it: "cut its forecast — a
// mix of weaker exports, dearer fuel and idle plants", "reported owning
// shares in three carmakers — all firms he has criticised", "praised
// the new pier — one of the costliest in the region". Annotators end the
// content before such a dash in 31 of 39 cases on train, and in 9 of the
// 12 we ran on (closingAppositive already takes an appositive with no
// comma after it, whatever sets it off). The phrase opens with "a",
// "an", "all" or a quantity before "of", holds no verb of its own before
// its first comma or relative word (a clause, "— a judge ruled …", "—
// all of them voted …", goes on with the statement), and reaches the
// sentence's end without a semicolon or another dash; commas and
// quotations inside it are allowed (", which …", ", but still below
// …"). "the" and "most" are left out: after a dash they open a clause
// ("— the real problem is …") about as often as a comment.
func (x *extractor) dashAppositive(i, s1 int) bool {
	d := x.d
	if i+1 >= s1 || d.inq[i] >= 0 || d.toks[i].capital() {
		return false
	}
	t := &d.toks[i]
	switch {
	case t.is("a", "an", "all"):
	case appositiveQuantities[t.lower] && d.toks[i+1].is("of"):
	default:
		return false
	}
	k := i + 1
	// The phrase up to its first comma or relative word.
	for ; k < s1 && k < i+maxDashAppositive; k++ {
		w := &d.toks[k]
		if d.inq[k] >= 0 || w.text == "," || w.is("that", "which", "who", "whom", "whose", "where", "when") {
			break
		}
		if w.kind != word {
			if w.text == ";" || w.text == ":" || isDashToken(d.toks, k) {
				return false
			}
			continue
		}
		// "all firms he has criticised": a relative without "that"
		// after the head.
		if k >= i+2 && w.is("he", "she", "they", "we", "i", "you") {
			break
		}
		if w.in(inSubjectPronouns) || w.in(inAuxiliaries) || w.in(inNegatedAuxiliaries) || finiteVerb(w) && !hyphened(d, k) || x.presentVerbAt(k-1, k) {
			return false
		}
	}
	// The rest, to the sentence's end: no semicolon or dash.
	for ; k < s1; k++ {
		if k >= i+maxDashAppositive {
			return false
		}
		if d.inq[k] >= 0 {
			continue
		}
		if w := &d.toks[k]; w.text == ";" || isDashToken(d.toks, k) {
			return false
		}
		// "— an effort he says has paid off": a statement of its own
		// inside the phrase, which annotators keep with the content.
		if c, ok := d.toks[k].listed(); ok && c.class == say && (c.form == past || c.form == third) && !d.toks[k].capital() {
			return false
		}
	}
	return true
}
