package quotes

// cueComplement moves the start of the content a cue governs past what
// annotators count as the cue's own: "to" before a noun phrase
// ("responded to a request"), a short object naming a way of speaking
// before its preposition ("offered warm words about Lee", "gave an
// opinion on the ruling"), and a noun of feeling before "that"
// ("expressed alarm that …"). What follows is what the statement is
// about.
func (x *extractor) cueComplement(h hit, i, end int) int {
	d := x.d
	if i != h.last+1 || i+1 >= end || d.inq[i] >= 0 || d.inq[i+1] >= 0 {
		return i
	}
	if d.toks[i].is("to") && nounStart(&d.toks[i+1]) {
		return i + 1
	}
	// At most four words of an object, none a verb, then the
	// preposition its head takes.
	for k := i; k < end && k < i+5; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word {
			return i
		}
		if t.in(inPrepositions) {
			// "condemned the attack on Sunday": a date tells when,
			// not whom the attack was on.
			if k > i && speechHeads[t.lower][d.toks[k-1].lower] && k+1 < end && d.inq[k+1] < 0 && d.toks[k+1].kind == word && x.eventTimeEnd(k, end) == k {
				return k + 1
			}
			return i
		}
		// "expressed concern that …": the clause is what was felt,
		// "that" and all.
		if t.is("that") {
			if k > i && feelingNouns[d.toks[k-1].lower] && k+1 < end && d.inq[k+1] < 0 {
				return k
			}
			return i
		}
		// A possessor makes the object a thing said ("his support
		// for", "the mayor's views on"); so does a participle
		// ("softening her position on").
		if finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || t.in(inSubjectPronouns) ||
			t.in(inPossessives) || t.lower == "'s" || t.capital() || number(t) || participle(t) ||
			t.is("and", "or", "but", "not", "whether", "if", "how", "what", "why") {
			return i
		}
	}
	return i
}

// nounStart reports whether t can open a noun phrase and not a verb: a
// determiner, a possessive, a name or a number.
func nounStart(t *token) bool {
	if t.kind != word {
		return false
	}
	return t.in(inDeterminers) || t.in(inPossessives) || t.capital() || number(t) || t.is("him", "them", "us", "me")
}

// speechHeads end an object that is a way of speaking rather than what
// was said, by the preposition they take: "warm words about", "raised
// questions about", "an attack on", "praise for". An object that is a
// thing said ("his remarks about", "a joke about", "nothing about") is
// content with what follows it.
var speechHeads = map[string]map[string]bool{
	"about":   set("words", "word", "language", "concern", "concerns", "way", "things", "feelings", "thoughts", "questions", "doubts", "details", "message", "messages", "stories"),
	"on":      set("attack", "attacks", "comment", "comments", "thoughts", "views", "opinion", "position", "positions", "criticism", "focus"),
	"of":      set("criticism", "endorsement", "endorsements", "mention", "critique", "defense", "favor"),
	"for":     set("praise", "credit", "enthusiasm", "apologies"),
	"against": set("attack", "attacks", "lawsuit", "campaign"),
}

// feelingNouns are objects that, with the verb before them, make a cue
// of stance taking a "that" clause: "showed alarm that", "voiced
// hope that", "made a case that".
var feelingNouns = set("concern", "concerns", "confidence", "doubt", "doubts", "skepticism", "scepticism", "alarm",
	"frustration", "amusement", "hope", "hopes", "fear", "fears", "optimism", "worry", "worries", "dismay",
	"surprise", "regret", "satisfaction", "relief", "anger", "disappointment", "remorse", "case", "outrage", "certainty")

// sourceAside reports whether the words at j, after "according to X,"
// in the middle of a sentence, say more about the source or add the
// narrator's aside rather than go on with what the source holds:
// "…, according to Lee, who ran the audit", "…, according to the
// survey, although few answered", "…, compared with last year".
func sourceAside(d *doc, j, s1 int) bool {
	if j >= s1 || d.inq[j] >= 0 {
		return false
	}
	return d.toks[j].is("who", "whom", "whose", "which", "including", "although", "though", "compared", "while", "whereas")
}

// examplesFollow reports whether examples of the phrase before the comma
// start at j, in a stance verb's object [i, end): "cited several causes,
// including the cuts", "backs new taxes, such as a levy on sugar". They
// belong to the object.
func examplesFollow(d *doc, i, j, end int) bool {
	if j+1 >= end || d.inq[j] >= 0 {
		return false
	}
	// Not when the object quotes: annotators bound a quoted statement
	// by its marks.
	for k := i; k < end; k++ {
		if d.inq[k] >= 0 {
			return false
		}
	}
	t := &d.toks[j]
	return t.is("including", "especially", "particularly", "notably") || t.is("such") && d.toks[j+1].is("as")
}
