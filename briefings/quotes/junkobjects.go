package quotes

// This file turns down say-verb frames whose content is no statement: a
// trailer of an "as" aside ("…, as she said at the start, …"), a bare
// pronoun object ("There, I said it."), or the idiom "easier said than
// done". On PolNeAR train annotators give the aside's statement to the
// clause it comments on, and keep neither the pronoun nor the idiom.

// junkSayObject reports whether a, a frame on a say verb, took as its
// content only something that is not said.
func (x *extractor) junkSayObject(a attr) bool {
	d := x.d
	c := a.cue.last
	cu, ok := d.toks[c].listed()
	if !ok || cu.class != say || len(a.content) == 0 {
		return false
	}
	return x.asideTrailer(a) || x.gapTrailer(a) || x.barePronounSaid(a, cu) || x.easierSaid(a)
}

// gapTrailer reports whether a's cue has its object before its speaker
// ("anything the senator said on stage", "what the mayor said in the
// interview was …") and took what follows the cue, a trailer and what
// the sentence goes on with, as content: what was said is the head
// before the speaker. "About" and "of" stay: "what it says about the
// town" names the topic, which annotators keep.
func (x *extractor) gapTrailer(a attr) bool {
	d := x.d
	c := a.content[0]
	if !a.src.ok() || a.src.first == 0 || a.src.last >= a.cue.first || c.first <= a.cue.last || hasQuoteMark(d, a.content) || d.toks[c.first].is("that") {
		return false
	}
	if !d.toks[a.src.first-1].is("what", "whatever", "anything", "everything", "something", "nothing", "things") {
		return false
	}
	n := a.cue.last + 1
	t := &d.toks[n]
	return d.inq[n] < 0 && trailerStart(t)
}

// trailerStart reports whether t opens a trailer after a say verb: a
// place, a time or a medium ("at the start", "on a radio show", "in
// April", "Sunday").
func trailerStart(t *token) bool {
	return trailerOpeners[t.lower] || t.is("on", "at") || t.in(inTimeWords)
}

// asideTrailer reports whether a's cue stands in an "as" aside within a
// sentence ("the race is close, as Lee said on a radio show on Monday,
// and that raises the stakes") and what it took after the cue opens on a
// trailer: a place, a time, a medium. The aside comments on the clause
// before it; what follows the trailer is the main clause going on. A
// quotation or a "that" clause after the cue is said ("as Lee said
// that …"), and an aside that opens the sentence ("As Lee said in May,
// the plan failed") introduces its statement.
func (x *extractor) asideTrailer(a attr) bool {
	d := x.d
	if a.content[0].first <= a.cue.last || hasQuoteMark(d, a.content) {
		return false
	}
	s0, s1 := d.sents[a.sent][0], d.sents[a.sent][1]
	n := a.cue.last + 1
	if n >= s1 || d.toks[a.content[0].first].is("that") {
		return false
	}
	t := &d.toks[n]
	if d.inq[n] >= 0 || !(trailerStart(t) || adverb(t)) {
		return false
	}
	// What it took is the trailer alone ("as she said at the start."),
	// or, past the trailer's comma, the main clause going on with "and"
	// or "but". A clause with a subject of its own after the comma ("in
	// the old days, as one historian wrote in a memoir, the elite had
	// dachas") or a predicate past a dash is the statement annotators
	// keep.
	c := a.content[0]
	if d.toks[c.first-1].text == "," {
		if !d.toks[c.first].is("and", "but", "or") {
			return false
		}
	} else {
		for k := c.first; k <= c.last; k++ {
			if d.toks[k].text == "," || isDashToken(d.toks, k) {
				return false
			}
		}
	}
	// The subject between "as" and the cue: a few words, no mark.
	for k := a.cue.first - 1; k > s0 && k >= a.cue.first-7; k-- {
		w := &d.toks[k]
		if w.kind == punct || d.inq[k] >= 0 {
			return false
		}
		if w.is("as") {
			p := k - 1
			if d.toks[p].is("and", "but") && p > s0 {
				p--
			}
			return d.toks[p].text == "," || isDashToken(d.toks, p)
		}
	}
	return false
}

// barePronounSaid reports whether "say" took only "it" or "them" before
// the sentence's end or a mark ("There, I said it.", "a day after he said
// them, he …"): the words are said elsewhere. "Said so" and "said that"
// stand for a statement and stay.
func (x *extractor) barePronounSaid(a attr, cu cue) bool {
	d := x.d
	c := a.content[0]
	if cu.lemma != "say" || len(a.content) != 1 || c.first != c.last || c.first != a.cue.last+1 || !d.toks[c.first].is("it", "them") {
		return false
	}
	n := c.last + 1
	return n >= d.sents[a.sent][1] || d.toks[n].kind == punct && d.inq[n] < 0
}

// easierSaid reports whether a's cue is "said" in "easier said than
// done" or "no sooner said than done": an idiom, nobody speaking.
func (x *extractor) easierSaid(a attr) bool {
	d := x.d
	c := a.cue.last
	return d.toks[c].is("said") && c > 0 && d.toks[c-1].is("easier", "sooner") && c+1 < len(d.toks) && d.toks[c+1].is("than")
}

// namedWork reports whether the quotation opening at k+1, after the
// comma at k, names the work the cue's trailer speaks of: "said in his
// 2009 memoir, “A Long Way Home.”" A short run in title case after a
// book or a document is its title, not what was said; the statement is
// the clause before the cue.
func (x *extractor) namedWork(k int) bool {
	d := x.d
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].text != "," {
		return false
	}
	q := d.inq[k+1]
	if q < 0 || d.regions[q].first != k+1 || d.inq[k-1] >= 0 || !x.titleCase(q) {
		return false
	}
	w := d.toks[k-1].lower
	return documents[w] || workNouns[w]
}

// workNouns are works with a title of their own, besides documents.
var workNouns = set("book", "books", "memoir", "memoirs", "novel", "autobiography", "biography", "film",
	"documentary", "movie", "show", "program", "podcast", "song", "poem", "article", "piece", "blog", "newsletter", "magazine")
