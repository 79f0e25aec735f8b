package quotes

import "strings"

// maxCoordObject bounds how far coordinatedPredicateEnd looks for the
// "and" after a stance verb's object, so an object costs constant time.
const maxCoordObject = 40

// coordinatedPredicateEnd ends a stance verb's object [i, end) before
// "and" (or ", and") that opens a second predicate of the cue's own
// subject, after a time or manner phrase that may stand between: "is
// backing the levy and in a letter thanked its organizers", "opposed
// the merger, and most recently asked members to vote no", "rejected
// the self-styled reformer and handed his rival the win". The second
// verb must agree with the cue (a past after a past, "-s" after "-s";
// after "is backing" either): it tells what else the speaker did, and
// annotators end the content at the object. secondClause already ends
// an object before a verb in the cue's form right after "and"; this
// reaches past an adverb of degree ("most recently"), a short phrase
// ("in a letter"), a progressive cue and a hyphened "-ed" compound
// ("self-styled") in the object. The object must hold no verb, relative
// or clause of its own ("backed the mayor who cut fees and raised
// wages": the second verb may be the relative's), and a verb that takes
// a clause ("hopes Lee wins and …") is left alone.
func (x *extractor) coordinatedPredicateEnd(h hit, i, end int) int {
	d := x.d
	if h.c.class != other || clauseTaking[h.c.lemma] || i >= end || clauseOpeners[d.toks[i].lower] {
		return end
	}
	progressive := h.c.form == gerund && h.first > 0 && d.toks[h.first-1].in(inBetween) && !adverb(&d.toks[h.first-1])
	if h.c.form != past && h.c.form != third && !progressive {
		return end
	}
	for k := i; k+1 < end && k < i+maxCoordObject; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == ";" || t.text == ":" || isDashToken(d.toks, k) {
			return end
		}
		if t.in(inSubjectPronouns) || t.is("that", "whom", "whose", "whether", "if") || t.in(inAuxiliaries) ||
			finiteVerb(t) && !hyphened(d, k) {
			return end // a clause, or a verb of the object's own
		}
		if k == i || !t.is("and") {
			continue
		}
		if v := x.predicateAfterAnd(k+1, end); v >= 0 && x.agreesWithCue(h, progressive, v, end) {
			if d.toks[k-1].text == "," {
				return k - 1
			}
			return k
		}
	}
	return end
}

// predicateAfterAnd returns where a verb may start after "and" at j-1,
// past adverbs ("then", "most recently", "even"), a time phrase ("last
// week", "on Monday") or a short phrase of occasion ("in a statement",
// "at first"); -1 when a quotation or the end comes first.
func (x *extractor) predicateAfterAnd(j, end int) int {
	d := x.d
	for n := 0; j < end && n < 4; n++ {
		if d.inq[j] >= 0 {
			return -1
		}
		t := &d.toks[j]
		switch {
		case t.text == ",":
			j++
		case adverb(t) || t.in(inBetween) && !t.in(inAuxiliaries) && !t.is("been", "be", "being", "'s"):
			j++
		case degreeBeforeAdverb(d, j):
			j += 2
		case t.is("last", "this", "next", "earlier") && j+1 < end && (periodNouns[d.toks[j+1].lower] || d.toks[j+1].in(inTimeWords)):
			j += 2
		case t.in(inTimeWords):
			j++
		case t.is("in", "on", "at") && j+1 < end && d.inq[j+1] < 0:
			// "in a statement", "on Monday", "at first": a preposition,
			// an optional article and one word.
			k := j + 1
			if d.toks[k].is("a", "an", "the") {
				k++
			}
			if k >= end || d.toks[k].kind != word || finiteVerb(&d.toks[k]) {
				return -1
			}
			j = k + 1
		default:
			return j
		}
	}
	return -1
}

// agreesWithCue reports whether a finite verb of the cue's subject
// starts at v: in the cue's form (a past after a past, "-s" after
// "-s"; after a progressive "is backing" a past or "-s" form), not an
// auxiliary, and followed by an object or a particle rather than being
// an adjective before a noun ("and expanded service").
func (x *extractor) agreesWithCue(h hit, progressive bool, v, end int) bool {
	d := x.d
	if v+1 >= end || d.inq[v] >= 0 {
		return false
	}
	w, n := &d.toks[v], &d.toks[v+1]
	if w.kind != word || w.capital() || w.in(inAuxiliaries) || w.in(inNegatedAuxiliaries) || !finiteVerb(w) && !(progressive || h.c.form == third) {
		return false
	}
	if !objectFollows(n) {
		return false
	}
	pastForm := finiteVerb(w) && verbForm(w) == "past"
	thirdForm := thirdPersonVerb(w, n)
	switch {
	case progressive:
		return pastForm || thirdForm
	case h.c.form == past:
		return pastForm
	default:
		return thirdForm
	}
}

// hyphened reports whether the word at k is part of a hyphened compound
// ("self-styled", "long-delayed"), an adjective rather than a verb.
func hyphened(d *doc, k int) bool {
	return strings.Contains(d.toks[k].lower, "-") || k > 0 && d.toks[k-1].text == "-" && !d.toks[k].space
}

// degreeBeforeAdverb reports whether the word at b is "most" or "more"
// grading the adverb after it ("and most recently defended", "more
// openly backed"): part of the adverb, not a subject ("most said"). A
// word must stand before it: after a comma or at the sentence's start
// the adverb may grade the verb of a subject further back (", more
// accurately predicted") or "Most" be the subject.
func degreeBeforeAdverb(d *doc, b int) bool {
	return b > 0 && d.toks[b].is("most", "more") && d.toks[b-1].kind == word &&
		b+1 < len(d.toks) && d.inq[b+1] < 0 && adverb(&d.toks[b+1])
}
