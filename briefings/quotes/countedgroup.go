package quotes

// quantityOfCounted returns the start of the quantity before "of" and a
// counted group whose article is at j: "Two of | the four surgeons",
// "both of | the two pilots"; -1 when there is none. The walk back from
// the cue stops at the article before a number (npBackFrom takes "the
// four" as the phrase's opening), so the quantity before "of" was left
// out and the mainSubject fallback cut the subject to it ("— Two").
// Annotators take the whole phrase ("three of the four …").
func (x *extractor) quantityOfCounted(j, lo int) int {
	d := x.d
	if j+1 >= len(d.toks) || d.inq[j] >= 0 || !d.toks[j].is("the", "these", "those") || !number(&d.toks[j+1]) {
		return -1
	}
	return x.quantityOfBefore(j, lo)
}
