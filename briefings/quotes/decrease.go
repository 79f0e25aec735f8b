package quotes

import "strings"

// declineDecrease reports whether the form of "decline" at token i is
// the verb of a quantity going down ("sales declined 4 percent",
// "declined to $3 million", "declined by a third", "declined in most
// states", "declined sharply from last year", "declining budgets")
// rather than a refusal. A refusal takes "to" and a verb ("declined to
// comment") or an object ("declined an interview"); a decrease takes a
// number, "to" and a number, a preposition of amount, place or origin,
// an adverb of degree, or, as an attributive -ing form, a bare noun.
func declineDecrease(d *doc, i, s1 int) bool {
	if i+1 >= s1 || d.inq[i+1] >= 0 {
		return false
	}
	n := &d.toks[i+1]
	switch {
	case amountStart(n):
		return true // "declined 40 percent", "declined $2 billion"
	case n.is("to"):
		return i+2 < s1 && amountStart(&d.toks[i+2]) // "declined to $40 million"
	case n.is("by", "from", "in"):
		return true // "declined by half", "declined from 12 to 9", "declined in every county"
	case n.text == ",":
		// "have declined, by nine points since May"; a refusal stands
		// alone before its comma ("He declined, citing his schedule").
		return i+2 < s1 && (d.toks[i+2].is("by") || amountStart(&d.toks[i+2]))
	case adverb(n):
		// "declined sharply for every group"; the adverb of a refusal
		// comes before its "to" ("declined politely to answer").
		return !(i+2 < s1 && d.toks[i+2].is("to"))
	}
	// "amid declining budgets": an -ing form before a bare noun is an
	// adjective; a refusal's object has a determiner ("declining an
	// offer", "declining his invitation").
	t := &d.toks[i]
	return t.lower == "declining" && n.kind == word && !n.capital() && !n.in(inDeterminers) && !n.in(inPossessives) && !n.in(inStopWords)
}

// amountStart reports whether t begins an amount: digits ("3.3", "40")
// or money ("$5", "$"). A number in words may count what was refused
// ("declined two invitations").
func amountStart(t *token) bool {
	return strings.HasPrefix(t.text, "$") || t.kind == word && t.lower != "" && t.lower[0] >= '0' && t.lower[0] <= '9'
}
