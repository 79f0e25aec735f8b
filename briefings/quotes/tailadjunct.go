package quotes

import "strings"

// asPronounClause reports whether a clause of a pronoun and a present
// verb in "-s" starts at j, after "as": "as he campaigns in the south",
// "as it heads into the vote". After "as" and "he", "she" or "it" a
// word in "-s" is the verb; subjectAndVerb only knows listed ones
// ("as he accepts", "as she tours"), so nounObjectEnd ran the object on
// past the clause. On train, where gold has "as" and a clause of its
// own right after a stance verb's object with no clause of its own, it
// ends the content before "as" about five times in six; this reach
// fires three times there, and no gold keeps the clause.
func asPronounClause(d *doc, j, end int) bool {
	if j+1 >= end || d.inq[j] >= 0 || d.inq[j+1] >= 0 || !d.toks[j].is("he", "she", "it") {
		return false
	}
	w := &d.toks[j+1]
	return w.kind == word && !w.capital() && len(w.lower) > 3 && strings.HasSuffix(w.lower, "s") &&
		!strings.HasSuffix(w.lower, "ss") && !strings.HasSuffix(w.lower, "us") && !w.in(inDeterminers) && !w.in(inPrepositions)
}
