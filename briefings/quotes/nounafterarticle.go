package quotes

// nounAfterArticle reports whether token i, a word ending in "s" right
// after a quotation's subject, follows an article or a possessive
// determiner: "“…,” one of the lawyers for the family said". There it is
// a noun heading the subject, never the verb that trailsQuote takes any
// such word for; read as the cue, it left the subject "one of the" and
// hid the real cue further on. A number or a quantifier before the word
// ("two", "some") is left as it was: those stand alone as subjects.
func (x *extractor) nounAfterArticle(i int) bool {
	d := x.d
	return i > 0 && d.inq[i-1] < 0 && d.toks[i-1].is("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those")
}
